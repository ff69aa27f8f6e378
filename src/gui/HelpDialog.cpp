#include "gui/HelpDialog.h"

#include "core/DataFiles.h"
#include "i18n/Translations.h"
#include "rules/LocalizedText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace piadesk {

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 720);
    load();
}

QString HelpDialog::guidePath()
{
    const QString own = DataFiles::locate(
        QStringLiteral("docs/user-guide.%1.md")
            .arg(languageFor(QLocale()) == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
    return !own.isEmpty() ? own : DataFiles::locate(QStringLiteral("docs/user-guide.en.md"));
}

void HelpDialog::load()
{
    setWindowTitle(tr("PIAdesk User Guide"));
    QFile file(guidePath());
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The user guide is not installed with this copy of PIAdesk (docs/user-guide.*.md "
                                   "among its data files)."));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event))
        load();
    QDialog::changeEvent(event);
}

} // namespace piadesk
