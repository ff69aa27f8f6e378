#include "gui/wizard/MaterialsPage.h"

#include "ui_MaterialsPage.h"

#include "gui/Dialogs.h"
#include "gui/FormSupport.h"
#include "rules/FilingAuthority.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>

namespace piadesk {

MaterialsPage::MaterialsPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::MaterialsPage)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    const RuleSet& rules = *editor.ruleSet();
    for (const FilingMaterial& m : rules.filing.materials) {
        auto* item = new QTreeWidgetItem(m_ui->materialTree, { QString::number(m.number) });
        item->setData(0, Qt::UserRole, m.id);
    }
    retranslateTexts(); // sets the four columns
    m_ui->materialTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->materialTree->setCurrentItem(m_ui->materialTree->topLevelItem(0));
    connectButtons();
}

void MaterialsPage::retranslateTexts()
{
    const RuleSet& rules = *m_editor.ruleSet();
    m_ui->materialsIntro->setText(tr("Filing with %1 (%2) hands over these materials. Most are drawn from the "
                                     "case and the report; attach the others here.")
                                      .arg(FilingAuthority::nameFor(rules.filing, m_editor.organisation(), language()),
                                          rules.cite(rules.filing.articles, language())));
    m_ui->materialTree->setHeaderLabels({ tr("No."), tr("Material"), tr("Filled from"), tr("Attached") });
    for (qsizetype i = 0; i < rules.filing.materials.size(); ++i) {
        const FilingMaterial& m = rules.filing.materials.at(i);
        QStringList from;
        for (const QString& fill : m.fill) {
            if (fill == QLatin1String("organisation"))
                from.append(tr("the organisation"));
            else if (fill == QLatin1String("responsible_person"))
                from.append(tr("the responsible person"));
            else if (fill == QLatin1String("case_facts") || fill == QLatin1String("show_case_facts"))
                from.append(tr("the case facts"));
            else if (fill == QLatin1String("report"))
                from.append(tr("the assessment report"));
            else if (fill.startsWith(QLatin1String("section:"))) {
                const Section* s = rules.section(fill.mid(8));
                from.append(s ? s->title.text(language()) : fill);
            } else if (fill == QLatin1String("attachments"))
                from.append(tr("attached files"));
        }
        QTreeWidgetItem* item = m_ui->materialTree->topLevelItem(int(i));
        item->setText(1, m.title.text(language()));
        item->setText(2, from.join(QLatin1String("; ")));
        item->setToolTip(1, m.description.text(language()));
    }
}

void MaterialsPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
}

void MaterialsPage::connectButtons()
{
    connect(m_ui->materialTree, &QTreeWidget::currentItemChanged, this, &MaterialsPage::showAttachments);
    connect(m_ui->attachFile, &QPushButton::clicked, this, [this] {
        const QStringList paths
            = Dialogs::instance().openFiles(this, tr("Attach to the Filing Material"), tr("All files (*)"));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_ui->removeAttachment, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_ui->attachmentList->currentItem()) {
            if (!m_editor.removeAttachment(item->data(Qt::UserRole).toLongLong()))
                m_ui->dropHint->setText(m_editor.errorString());
        }
    });
}

MaterialsPage::~MaterialsPage() = default;

QString MaterialsPage::currentMaterial() const
{
    const QTreeWidgetItem* item = m_ui->materialTree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void MaterialsPage::refresh(CaseEditor::Parts parts, bool)
{
    if (!(parts & CaseEditor::Part::Attachments))
        return;
    for (int i = 0; i < m_ui->materialTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->materialTree->topLevelItem(i);
        const int n = int(m_editor.attachments(item->data(0, Qt::UserRole).toString()).size());
        item->setText(3, n ? tr("%n file(s)", nullptr, n) : QString());
    }
    showAttachments();
}

void MaterialsPage::showAttachments()
{
    m_ui->attachmentList->clear();
    const QString material = currentMaterial();
    if (material.isEmpty())
        return;
    for (const Attachment& a : m_editor.attachments(material)) {
        auto* item
            = new QListWidgetItem(tr("%1 (%2)").arg(a.name, QLocale().formattedDataSize(a.size)), m_ui->attachmentList);
        item->setData(Qt::UserRole, a.id);
    }
}

void MaterialsPage::attachFiles(const QStringList& paths)
{
    const QString material = currentMaterial();
    QStringList problems;
    for (const QString& path : paths) {
        if (!m_editor.attachFile(path, material))
            problems.append(m_editor.errorString());
    }
    m_ui->dropHint->setText(
        problems.isEmpty() ? tr("Drop files here, or use Attach File.") : problems.join(QLatin1Char('\n')));
}

void MaterialsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MaterialsPage::dropEvent(QDropEvent* event)
{
    event->acceptProposedAction();
    attachFiles(FormSupport::localFiles(event->mimeData()));
}

void MaterialsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->attachFile->setEnabled(!readOnly);
    m_ui->removeAttachment->setEnabled(!readOnly);
    m_ui->dropHint->setVisible(!readOnly);
}

} // namespace piadesk
