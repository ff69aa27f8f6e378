#pragma once

#include "core/Enums.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace piadesk::demo {

// Vocabulary of the synthetic cases. Realistic, not real: no name here is a real organisation.
inline constexpr std::array kCities = { u"北京", u"上海", u"广州", u"深圳", u"杭州", u"南京", u"成都", u"武汉", u"西安",
    u"苏州", u"天津", u"重庆", u"长沙", u"郑州", u"青岛", u"厦门", u"宁波", u"合肥", u"福州", u"济南" };
inline constexpr std::array kDivisions
    = { "110105", "310115", "440106", "440304", "330106", "320102", "510107", "420106", "610113", "320505", "120101",
          "500103", "430104", "410105", "370202", "350203", "330212", "340104", "350102", "370102" };
inline constexpr std::array kBrands = { u"华信", u"恒通", u"安泰", u"瑞丰", u"德润", u"星河", u"嘉禾", u"鼎盛", u"海纳",
    u"启明", u"云图", u"润泽", u"中和", u"金桥", u"天成", u"博远", u"万象", u"锦程", u"众诚", u"蓝湾" };
inline constexpr std::array kPersons = { u"王建国", u"李娜", u"张伟", u"刘敏", u"陈晓", u"杨帆", u"赵磊", u"黄婷",
    u"周杰", u"吴静", u"徐斌", u"孙丽", u"马超", u"朱琳", u"胡军", u"郭宁" };
inline constexpr std::array kOwners
    = { u"信息技术部", u"安保部", u"法务合规部", u"物业服务中心", u"运营部", u"数据安全小组", u"客户服务部" };

struct Kind
{
    PlaceKind kind;
    const char16_t* industry;
    const char16_t* site;
    const char16_t* system;
    bool publicPlace;
};
inline constexpr std::array kKinds = {
    Kind { PlaceKind::Residential, u"物业管理", u"花园小区", u"人脸识别门禁", false },
    Kind { PlaceKind::Office, u"商务服务", u"科技园办公楼", u"员工刷脸通行", false },
    Kind { PlaceKind::Factory, u"智能制造", u"生产园区", u"人脸考勤与通行", false },
    Kind { PlaceKind::Hotel, u"酒店管理", u"大酒店", u"入住人脸核验", true },
    Kind { PlaceKind::Bank, u"商业银行", u"支行营业厅", u"柜面人脸核身", true },
    Kind { PlaceKind::Station, u"轨道交通", u"地铁站", u"刷脸进站", true },
    Kind { PlaceKind::Airport, u"机场服务", u"航站楼", u"安检人脸核验", true },
    Kind { PlaceKind::Stadium, u"体育场馆管理", u"体育中心", u"刷脸检票", true },
    Kind { PlaceKind::ExhibitionHall, u"会展服务", u"国际会展中心", u"展会实名入场", true },
    Kind { PlaceKind::Museum, u"文化服务", u"博物馆", u"预约刷脸入馆", true },
    Kind { PlaceKind::Library, u"文化服务", u"图书馆", u"刷脸借阅", true },
    Kind { PlaceKind::School, u"教育服务", u"学校", u"校园人脸门禁", false },
    Kind { PlaceKind::Hospital, u"医疗服务", u"医院", u"就诊人脸核验", true },
    Kind { PlaceKind::Retail, u"商业运营", u"购物中心", u"会员刷脸支付", true },
    Kind { PlaceKind::PublicSpace, u"城市运营", u"城市广场", u"客流人脸识别", true },
};

inline constexpr std::array kSentences = {
    u"已取得个人的单独同意，并提供刷卡或人工核验等替代方式。",
    u"人脸信息仅用于身份核验，不用于其他目的。",
    u"识别阈值按厂商建议设定，并经现场测试确认误识率。",
    u"特征值加密存储于本地服务器，密钥由信息技术部单独保管。",
    u"原始图像在比对完成后立即删除，不作留存。",
    u"访问日志保存六个月，每季度由数据安全小组抽查。",
    u"在入口显著位置设置提示标识，告知处理目的、方式和保存期限。",
    u"未满十四周岁的未成年人须经其监护人同意后方可登记。",
    u"供应商已签订数据处理协议，约定不得留存或另作他用。",
    u"发生安全事件时，按应急预案在二十四小时内报告并通知受影响的个人。",
    u"个人可随时撤回同意，撤回后五个工作日内删除其人脸信息。",
    u"系统上线前完成了等级保护测评和渗透测试。",
    u"设备每年由第三方机构检测一次，检测报告存档备查。",
    u"仅授权的安保人员可查看比对结果，操作全程留痕。",
};

struct RiskText
{
    const char16_t* title;
    const char16_t* description;
    const char* source; ///< the risk-source dimension (GB/T 39335 §5.4)
    const char16_t* basis; ///< the cause found and the evidence behind the likelihood
};
inline constexpr std::array kRisks = {
    RiskText { u"人脸特征值泄露", u"服务器被入侵导致特征值外泄，可能被用于冒用身份。", "network_technical",
        u"渗透测试报告指出管理后台可从互联网访问，特征库未单独加密。" },
    RiskText { u"超范围使用", u"人脸信息被用于考勤、营销等告知范围以外的目的。", "processing_flow",
        u"访谈发现考勤系统直接调用门禁比对记录，未另行告知。" },
    RiskText { u"误识导致拒绝通行", u"识别错误使住户无法正常通行，影响日常生活。", "network_technical",
        u"供应商检测报告的误拒率为3%，高峰时段现场观察有排队。" },
    RiskText { u"未成年人信息处理不当", u"未取得监护人同意即登记未满十四周岁者的人脸信息。", "business_scale",
        u"登记名单中约有两成住户未满十四周岁，登记表无监护人签字栏。" },
    RiskText { u"供应商违规留存", u"设备或算法供应商在远程维护时复制人脸数据。", "personnel_third_parties",
        u"运维合同未约定数据删除义务，远程维护账号长期开启。" },
    RiskText { u"未提供替代方式", u"不同意刷脸的个人无法办理业务或通行。", "processing_flow",
        u"现场检查：侧门刷卡通道已停用。" },
    RiskText { u"保存期限过长", u"住户搬离或合同终止后人脸信息未及时删除。", "processing_flow",
        u"抽查五十条记录，其中六条属于已搬离住户。" },
    RiskText { u"内部人员滥用", u"员工违规查询、导出或传播比对记录。", "personnel_third_parties",
        u"后台账号为多人共用，操作日志未定期审查。" },
    RiskText { u"告知不充分", u"现场标识未说明处理目的、方式和保存期限。", "processing_flow",
        u"现场照片显示入口仅有“刷脸通行”字样。" },
    RiskText { u"原始图像留存", u"比对后未删除原始图像，扩大了泄露后果。", "network_technical",
        u"设备配置检查：原始图像保存开关处于开启状态。" },
};
inline constexpr std::array kMeasures = {
    u"特征值加密存储，密钥分离管理",
    u"上线前完成渗透测试并整改高危漏洞",
    u"设置刷卡与人工登记等替代通道",
    u"修订告知书并在入口张贴提示标识",
    u"与供应商签订数据处理协议并定期审计",
    u"建立访问审批与操作日志审查制度",
    u"对识别阈值进行季度复核",
    u"住户搬离后三十日内删除其人脸信息",
    u"对安保人员开展个人信息保护培训",
    u"制定并演练人脸信息安全事件应急预案",
    u"监护人同意书模板经法务审核后启用",
    u"关闭原始图像存储功能，仅保留特征值",
};

/** The data map's activities a demo case describes: name, items, individuals, source, collection, purpose, legal
 *  basis, storage, transmission, retention, deletion, recipients, transfer abroad (activityFields() order). */
inline constexpr std::array<std::array<const char16_t*, 13>, 3> kActivities = { {
    { u"刷脸通行核验", u"人脸图像、人脸特征值、姓名、房号或工号", u"住户、员工（含不满十四周岁的未成年人）",
        u"本人现场提供", u"入口人脸识别终端采集，采集前在登记点和入口标识告知", u"核验通行人员身份，保障出入安全",
        u"个人单独同意；不满十四周岁者取得监护人同意", u"特征值加密存储于识别终端，密钥由物业信息部门管理",
        u"终端与管理平台经内部专网传输，传输加密；不经互联网对外传输", u"住户搬离或员工离职后三十日",
        u"期限届满或撤回同意后由系统管理员删除特征值，删除记录留存三年", u"门禁设备供应商（受托运维，不得留存）",
        u"不出境" },
    { u"访客登记核验", u"人脸图像、姓名、手机号码、被访人", u"访客", u"本人现场提供",
        u"前台登记终端采集，现场出示告知书", u"核对访客身份并记录来访", u"个人单独同意；不同意的可人工登记",
        u"本地服务器加密存储，访问须审批", u"不传输", u"七日", u"到期自动删除，每月抽查删除日志", u"无", u"不出境" },
    { u"通行记录统计", u"通行时间、通行口编号、匿名化后的人员编号", u"住户、员工、访客", u"由通行记录生成",
        u"系统自动汇总", u"统计客流，安排安保人员", u"不识别特定个人，处理匿名化信息", u"统计库与特征库分离存储",
        u"不传输", u"一年", u"统计前去除可识别信息，到期删除", u"无", u"不出境" },
} };

inline constexpr std::array kEvidenceNames = { u"门禁告知书", u"单独同意书模板", u"设备检测报告", u"安全评估意见",
    u"现场标识照片", u"数据处理协议", u"应急预案", u"等级保护测评报告" };

/** \a s as a QString. */
QString text(const char16_t* s);

/**
 * What happened that called for a re-assessment, as an officer would write it (the demo data is in Chinese); the
 * kind of trigger itself is printed beside it, so it is not repeated here.
 */
const QList<const char16_t*>& triggerTexts(TriggerKind trigger);

/** A one-page PDF with a line of ASCII text, written by hand so that no font or window system is needed. */
QByteArray tinyPdf(const QByteArray& line);

/** A small PNG of coloured bands, different for every \a variant. */
QByteArray tinyPng(int variant);

} // namespace piadesk::demo
