#include "gui/wizard/ChangesPage.h"

#include "ui_ChangesPage.h"

#include "i18n/Translations.h"

#include <QHeaderView>

namespace piadesk {

ChangesPage::ChangesPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::ChangesPage)
{
    m_ui->setupUi(this);
    m_ui->changeTable->verticalHeader()->hide();
    m_ui->changeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Rows follow the columns' current width: sized once while the page was narrow (before it was shown, or after
    // reopening), they kept a height of several wrapped lines for one line of text.
    m_ui->changeTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

ChangesPage::~ChangesPage() = default;

void ChangesPage::retranslateForm()
{
    m_ui->retranslateUi(this);
}

void ChangesPage::refresh(CaseEditor::Parts, bool)
{
    const AssessmentVersion* v = m_editor.version();
    const AssessmentVersion* previous = m_editor.previousVersion();
    if (!v || !previous)
        return;
    setTitle(tr("Version %1: what changed since version %2").arg(v->number).arg(previous->number));
    m_ui->triggerLabel->setText(
        tr("Trigger: %1 on %2. %3")
            .arg(enumLabel(v->trigger), Translations::date(v->triggerDate), v->triggerDescription));
    QStringList titles;
    for (const QString& id : m_editor.sectionsToReview()) {
        if (const Section* s = m_editor.ruleSet()->section(id))
            titles.append(tr("item %1 (%2)").arg(s->item).arg(s->title.text(language())));
    }
    m_ui->scopeLabel->setText(titles.isEmpty()
            ? QString()
            : tr("To review because of the trigger: %1.").arg(titles.join(QLatin1String("; "))));
    const QList<DiffRow> rows = m_editor.changesSincePrevious(language());
    QTableWidget* t = m_ui->changeTable;
    t->setHorizontalHeaderLabels(
        { tr("Item"), tr("Version %1").arg(previous->number), tr("Version %1 (this one)").arg(v->number) });
    t->setRowCount(rows.isEmpty() ? 1 : int(rows.size()));
    if (rows.isEmpty()) {
        t->setItem(0, 0, new QTableWidgetItem(tr("Nothing has changed yet.")));
        t->setItem(0, 1, new QTableWidgetItem());
        t->setItem(0, 2, new QTableWidgetItem());
    }
    for (int i = 0; i < rows.size(); ++i) {
        t->setItem(i, 0, new QTableWidgetItem(rows.at(i).label));
        t->setItem(i, 1, new QTableWidgetItem(rows.at(i).before.isEmpty() ? tr("(none)") : rows.at(i).before));
        t->setItem(i, 2, new QTableWidgetItem(rows.at(i).after.isEmpty() ? tr("(none)") : rows.at(i).after));
    }
}

} // namespace piadesk
