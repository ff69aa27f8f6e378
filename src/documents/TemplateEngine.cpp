#include "TemplateEngine.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

#include <kainjow/mustache.hpp>

namespace piadesk {

namespace {

namespace mustache = kainjow::mustache;

mustache::data toData(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object { mustache::data::type::object };
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mustache::data list { mustache::data::type::list };
        for (const QVariant& item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QStringList: {
        mustache::data list { mustache::data::type::list };
        for (const QString& item : value.toStringList())
            list.push_back(mustache::data(item.toStdString()));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data(value.toBool());
    case QMetaType::UnknownType:
        return mustache::data(false);
    default:
        return mustache::data(value.toString().toStdString());
    }
}

} // namespace

QString TemplateEngine::render(const QString& templateText, const QVariantMap& data, QString* error)
{
    mustache::mustache tmpl(templateText.toStdString());
    if (!tmpl.is_valid()) {
        if (error)
            *error = tr("The document template is invalid: %1").arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    const std::string out = tmpl.render(toData(data));
    if (!tmpl.error_message().empty()) {
        if (error)
            *error = tr("The document template is invalid: %1").arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    return QString::fromStdString(out);
}

QVariantMap TemplateEngine::pruned(QVariantMap map)
{
    for (auto it = map.begin(); it != map.end();) {
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
            it = map.erase(it);
        else
            ++it;
    }
    return map;
}

QString TemplateEngine::meta(const QString& html, const QString& name)
{
    const QRegularExpression re(QStringLiteral("<meta\\s+name=\"%1\"\\s+content=\"([^\"]*)\"").arg(name));
    const QRegularExpressionMatch m = re.match(html);
    return m.hasMatch() ? QTextDocumentFragment::fromHtml(m.captured(1)).toPlainText() : QString();
}

} // namespace piadesk
