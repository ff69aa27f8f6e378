#include "gui/settings/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "gui/Dialogs.h"
#include "gui/case/NewCaseDialog.h"
#include "session/AppSettings.h"

#include <QDir>

namespace piadesk {

SettingsDialog::SettingsDialog(AppSettings& settings, const RuleSetLibrary& rules, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->defaultFile->setText(QDir::toNativeSeparators(settings.defaultCaseFile()));
    m_ui->outputLanguage->addItem(QStringLiteral("中文（简体）"), int(Language::Chinese));
    m_ui->outputLanguage->addItem(QStringLiteral("English"), int(Language::English));
    m_ui->outputLanguage->setCurrentIndex(m_ui->outputLanguage->findData(int(settings.outputLanguage())));
    m_ui->uiLanguage->addItem(tr("As the system"), QString());
    m_ui->uiLanguage->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->uiLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->uiLanguage->setCurrentIndex(qMax(0, m_ui->uiLanguage->findData(settings.uiLanguage())));
    m_ui->appearance->addItem(tr("As the system"), QStringLiteral("system"));
    m_ui->appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_ui->appearance->setCurrentIndex(qMax(0, m_ui->appearance->findData(settings.appearance())));
    m_ui->dueSoon->setValue(settings.dueSoonDays());
    m_ui->dueSoon->setSuffix(tr(" working days"));
    for (const auto& rs : rules.all())
        m_ui->newCaseRules->addItem(NewCaseDialog::describe(*rs, rules), rs->id);
    m_ui->newCaseRules->setCurrentIndex(qMax(0, m_ui->newCaseRules->findData(settings.newCaseRuleSet())));
    connect(m_ui->browseDefault, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::instance().openFile(
            this, tr("Default Case File"), tr("PIAdesk case files (*.piadesk);;All files (*)"));
        if (!path.isEmpty())
            m_ui->defaultFile->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    m_settings.setDefaultCaseFile(QDir::fromNativeSeparators(m_ui->defaultFile->text().trimmed()));
    m_settings.setOutputLanguage(Language(m_ui->outputLanguage->currentData().toInt()));
    m_settings.setUiLanguage(m_ui->uiLanguage->currentData().toString());
    m_settings.setDueSoonDays(m_ui->dueSoon->value());
    m_settings.setAppearance(m_ui->appearance->currentData().toString());
    if (!m_ui->newCaseRules->currentData().toString().isEmpty())
        m_settings.setNewCaseRuleSet(m_ui->newCaseRules->currentData().toString());
    m_settings.settings().sync();
    QDialog::accept();
}

} // namespace piadesk
