#include "gui/wizard/DataMapPage.h"

#include "ui_DataMapPage.h"

#include "core/Uuid.h"
#include "gui/Debouncer.h"
#include "gui/FormSupport.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>

namespace piadesk {

DataMapPage::DataMapPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::DataMapPage)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    for (const ScaleEntry& entry : editor.ruleSet()->dataMapFields) {
        const ActivityField* field = activityField(entry.key);
        if (!field)
            continue;
        Row row;
        row.label = new QLabel(m_ui->activityGroup);
        row.label->setWordWrap(true);
        if (field->longText) {
            auto* edit = new QPlainTextEdit(m_ui->activityGroup);
            edit->setTabChangesFocus(true);
            // Three lines show at once; a longer text scrolls inside its field.
            const QMargins m = edit->contentsMargins();
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + int(edit->document()->documentMargin() * 2)
                + m.top() + m.bottom() + 2 * edit->frameWidth());
            m_debouncer->watch(edit, entry.key);
            row.edit = edit;
        } else {
            auto* edit = new QLineEdit(m_ui->activityGroup);
            m_debouncer->watch(edit, entry.key);
            row.edit = edit;
        }
        row.edit->setObjectName(QStringLiteral("field_") + entry.key);
        row.label->setBuddy(row.edit);
        m_ui->fieldsLayout->addRow(row.label, row.edit);
        m_rows.insert(entry.key, row);
    }
    retranslateTexts();
    connect(m_debouncer, &Debouncer::commit, this, [this](const QStringList& keys) {
        for (const QString& key : keys)
            saveField(key);
    });
    connect(m_ui->activityList, &QListWidget::currentRowChanged, this, [this] {
        m_debouncer->flush();
        showActivity();
    });
    connect(m_ui->addActivity, &QPushButton::clicked, this, &DataMapPage::addActivity);
    connect(m_ui->removeActivity, &QPushButton::clicked, this, &DataMapPage::removeActivity);
}

DataMapPage::~DataMapPage() = default;

void DataMapPage::retranslateTexts()
{
    for (const ScaleEntry& entry : m_editor.ruleSet()->dataMapFields) {
        const auto it = m_rows.constFind(entry.key);
        if (it == m_rows.cend())
            continue;
        it->label->setText(entry.text.text(language()));
        const QString hint = entry.description.text(language());
        it->edit->setToolTip(hint);
        if (auto* line = qobject_cast<QLineEdit*>(it->edit))
            line->setPlaceholderText(hint);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(it->edit))
            text->setPlaceholderText(hint);
    }
}

void DataMapPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
}

void DataMapPage::fillList()
{
    const AssessmentVersion* v = m_editor.version();
    const QList<ProcessingActivity> activities = v ? v->activities : QList<ProcessingActivity>();
    const QSignalBlocker blocker(m_ui->activityList);
    const int row = m_ui->activityList->currentRow();
    m_ui->activityList->clear();
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const ProcessingActivity& a = activities.at(i);
        const QString name = a.name.trimmed().isEmpty() ? tr("(unnamed)") : a.name.trimmed();
        auto* item = new QListWidgetItem(tr("A%1 %2").arg(i + 1).arg(name), m_ui->activityList);
        const QList<const ScaleEntry*> missing = m_editor.engine().missingActivityFields(a);
        if (!missing.isEmpty()) {
            QStringList names;
            for (const ScaleEntry* e : missing)
                names.append(e->text.text(language()));
            item->setToolTip(tr("Not yet stated: %1").arg(names.join(QLatin1String(", "))));
        }
    }
    m_ui->activityList->setCurrentRow(qMin(row < 0 ? 0 : row, int(activities.size()) - 1));
}

void DataMapPage::refresh(CaseEditor::Parts parts, bool own)
{
    fillList();
    // An own edit of the data map leaves what the user is typing as it is.
    if (!own || !(parts & CaseEditor::Part::DataMap))
        showActivity();
}

void DataMapPage::showActivity()
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->activityList->currentRow();
    const bool has = v && row >= 0 && row < v->activities.size();
    m_ui->activityGroup->setEnabled(has);
    m_ui->activityGroup->setTitle(has ? tr("Selected activity")
                                      : tr("No processing activity yet: add one with Add Activity; the first starts "
                                           "from the case facts."));
    m_ui->removeActivity->setEnabled(has && !m_readOnly);
    const ProcessingActivity a = has ? v->activities.at(row) : ProcessingActivity();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const ActivityField* field = activityField(it.key());
        const QString text = a.*field->member;
        if (auto* line = qobject_cast<QLineEdit*>(it->edit))
            FormSupport::setText(line, text);
        else if (auto* edit = qobject_cast<QPlainTextEdit*>(it->edit))
            FormSupport::setText(edit, text);
    }
}

void DataMapPage::saveField(const QString& key)
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->activityList->currentRow();
    const ActivityField* field = activityField(key);
    if (!v || !field || row < 0 || row >= v->activities.size())
        return;
    QList<ProcessingActivity> activities = v->activities;
    ProcessingActivity& a = activities[row];
    const QWidget* edit = m_rows.value(key).edit;
    if (const auto* line = qobject_cast<const QLineEdit*>(edit))
        a.*field->member = line->text().trimmed();
    else if (const auto* text = qobject_cast<const QPlainTextEdit*>(edit))
        a.*field->member = text->toPlainText();
    const bool ok = save([&] { return m_editor.setActivities(activities, a.uuid + key); });
    m_ui->activityGroup->setToolTip(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void DataMapPage::addActivity()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    QList<ProcessingActivity> activities = v ? v->activities : QList<ProcessingActivity>();
    ProcessingActivity a;
    a.uuid = newUuid();
    if (activities.isEmpty()) {
        // The first activity starts from what the case facts already say; the officer reviews and completes it.
        const CaseFacts& facts = m_editor.facts();
        a.name = facts.name;
        a.purpose = facts.purposes.join(QLatin1Char('\n'));
        a.storage = facts.storageLocation;
        a.retention = facts.storagePeriod;
        a.deletion = facts.anonymization;
        a.recipients = facts.vendors.join(QLatin1Char('\n'));
    }
    activities.append(a);
    if (m_editor.setActivities(activities)) {
        m_ui->activityList->setCurrentRow(int(activities.size()) - 1);
        if (QWidget* name = m_rows.value(QStringLiteral("name")).edit)
            name->setFocus();
    }
}

void DataMapPage::removeActivity()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->activityList->currentRow();
    if (!v || row < 0 || row >= v->activities.size())
        return;
    QList<ProcessingActivity> activities = v->activities;
    activities.removeAt(row);
    m_editor.setActivities(activities);
}

void DataMapPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->addActivity->setEnabled(!readOnly);
    for (const Row& row : std::as_const(m_rows)) {
        if (auto* line = qobject_cast<QLineEdit*>(row.edit))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(row.edit))
            text->setReadOnly(readOnly);
    }
    showActivity();
}

} // namespace piadesk
