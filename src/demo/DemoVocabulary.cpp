#include "DemoVocabulary.h"

#include <QBuffer>
#include <QImage>

namespace piadesk::demo {

QString text(const char16_t* s)
{
    return QString::fromUtf16(s);
}

const QList<const char16_t*>& triggerTexts(TriggerKind trigger)
{
    static const QList<const char16_t*> purpose { u"新增访客登记功能，人脸信息将用于访客临时通行。",
        u"门禁系统拟同时用于员工考勤统计。", u"拟将到访识别结果用于会员服务提醒。" };
    static const QList<const char16_t*> methods { u"由 1:1 验证改为 1:N 辨识，新建访客比对库。",
        u"更换算法供应商，特征值格式和存储位置随之变化。", u"人脸信息由本地服务器迁移至托管机房。" };
    static const QList<const char16_t*> incident { u"门禁服务器遭入侵，部分特征值可能外泄，已报告并通知受影响的个人。",
        u"供应商远程运维账号被盗用，已停用账号并完成排查。" };
    static const QList<const char16_t*> yearly { u"年度检测发现误识率上升，调整置信度阈值。",
        u"按年度计划检测设备安全性和可能存在的风险。" };
    static const QList<const char16_t*> other { u"出入口数量调整，采集设备增减。" };
    static const QList<const char16_t*> legal {
        u"《人脸识别技术应用安全管理办法》自2025年6月1日起施行，按《办法》重新评估。"
    };
    switch (trigger) {
    case TriggerKind::PurposeChanged:
        return purpose;
    case TriggerKind::MethodsChanged:
        return methods;
    case TriggerKind::SecurityIncident:
        return incident;
    case TriggerKind::YearlyReview:
        return yearly;
    case TriggerKind::LegalBasisChanged:
        return legal;
    case TriggerKind::Initial:
    case TriggerKind::Other:
        break;
    }
    return other;
}

QByteArray tinyPdf(const QByteArray& line)
{
    const QByteArray content = "BT /F1 20 Tf 72 760 Td (" + line + ") Tj ET\n";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray tinyPng(int variant)
{
    QImage image(160, 100, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x]
                = qRgb((x * 3 + variant * 37) % 256, (y * 5 + variant * 71) % 256, ((x + y) * 2 + variant * 13) % 256);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace piadesk::demo
