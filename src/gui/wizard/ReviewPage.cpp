#include "gui/wizard/ReviewPage.h"

#include "ui_ReviewPage.h"

#include "gui/DateField.h"
#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace piadesk {

ReviewPage::ReviewPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::ReviewPage)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    // Who accepts a residual risk above the rule set's acceptable level, when and why (shown when needed).
    m_acceptanceGroup = new QGroupBox(this);
    m_acceptanceGroup->setObjectName(QStringLiteral("acceptanceGroup"));
    m_acceptanceLayout = new QFormLayout(m_acceptanceGroup);
    m_acceptanceLabel = new QLabel(m_acceptanceGroup);
    m_acceptanceLabel->setWordWrap(true);
    m_acceptanceLabel->setTextFormat(Qt::PlainText);
    m_acceptanceLayout->addRow(m_acceptanceLabel);
    m_acceptedBy = new QLineEdit(m_acceptanceGroup);
    m_acceptedBy->setObjectName(QStringLiteral("acceptedBy"));
    m_acceptedOn = new DateField(m_acceptanceGroup);
    m_acceptedOn->setObjectName(QStringLiteral("acceptedOn"));
    m_acceptanceReason = new QPlainTextEdit(m_acceptanceGroup);
    m_acceptanceReason->setObjectName(QStringLiteral("acceptanceReason"));
    m_acceptanceReason->setTabChangesFocus(true);
    m_acceptanceReason->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    for (QWidget* field : { static_cast<QWidget*>(m_acceptedBy), static_cast<QWidget*>(m_acceptedOn),
             static_cast<QWidget*>(m_acceptanceReason) }) {
        auto* label = new QLabel(m_acceptanceGroup);
        label->setBuddy(field);
        m_acceptanceLayout->addRow(label, field);
    }
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->signOffGroup), m_acceptanceGroup);
    m_acceptanceGroup->hide();
    // How the assessment was done: the rule set's methods as check boxes, and the team's independence.
    m_methodGroup = new QGroupBox(this);
    m_methodGroup->setObjectName(QStringLiteral("methodGroup"));
    m_methodLayout = new QFormLayout(m_methodGroup);
    m_methods = new QWidget(m_methodGroup);
    m_methods->setObjectName(QStringLiteral("methods"));
    auto* methodGrid = new QGridLayout(m_methods);
    methodGrid->setContentsMargins(0, 0, 0, 0);
    const QList<ScaleEntry>& methods = editor.ruleSet()->assessmentMethods;
    for (qsizetype i = 0; i < methods.size(); ++i) {
        auto* box = new QCheckBox(m_methods);
        box->setObjectName(QStringLiteral("method_") + methods.at(i).key);
        box->setProperty("methodKey", methods.at(i).key);
        methodGrid->addWidget(box, int(i / 4), int(i % 4)); // four to a row: the list above keeps its room
        m_methodBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { m_debouncer->commitNow(QStringLiteral("method")); });
    }
    m_independence = new QPlainTextEdit(m_methodGroup);
    m_independence->setObjectName(QStringLiteral("independence"));
    m_independence->setTabChangesFocus(true);
    FormSupport::limitToLines(m_independence, 3);
    for (QWidget* field : { m_methods, static_cast<QWidget*>(m_independence) }) {
        auto* label = new QLabel(m_methodGroup);
        label->setBuddy(field == m_methods && !m_methodBoxes.isEmpty() ? m_methodBoxes.constFirst() : field);
        m_methodLayout->addRow(label, field);
    }
    m_methods->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_methodGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->signOffGroup), m_methodGroup);
    m_methodGroup->setVisible(!methods.isEmpty());
    retranslateTexts();
    m_ui->completenessTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->completenessTree->setToolTip(tr("Double-click a missing item (or press Enter on it) to go where it is "
                                          "filled in."));
    connect(m_ui->completenessTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString group = item->data(0, Qt::UserRole).toString();
        if (!group.isEmpty())
            Q_EMIT showItem(group, item->data(0, Qt::UserRole + 1).toString());
    });
    m_debouncer->watch(m_ui->assessor, QStringLiteral("assessor"));
    m_debouncer->watch(m_ui->reviewer, QStringLiteral("reviewer"));
    m_debouncer->watch(m_acceptedBy, QStringLiteral("acceptance"));
    m_debouncer->watch(m_acceptanceReason, QStringLiteral("acceptance"));
    m_debouncer->watch(m_independence, QStringLiteral("method"));
    connect(m_acceptedOn, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("acceptance")); });
    connect(m_acceptedOn, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_debouncer, &Debouncer::commit, this, [this](const QStringList& keys) {
        if (keys.contains(QStringLiteral("acceptance")))
            saveAcceptance();
        if (keys.contains(QStringLiteral("method")))
            saveMethod();
        if (keys.contains(QStringLiteral("assessor")) || keys.contains(QStringLiteral("reviewer")))
            saveSignOff(QString());
    });
    connect(m_ui->finalizeButton, &QPushButton::clicked, this, &ReviewPage::finalizeVersion);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::retranslateTexts()
{
    setSubTitle(tr("What is still missing, section by section, and the sign-off. A finalized version is kept "
                   "unchanged for the record."));
    m_ui->completenessTree->setHeaderLabels({ tr("Part"), tr("Done") });
    m_acceptanceGroup->setTitle(tr("Acceptance of the residual risk"));
    const auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_acceptanceLayout->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_acceptedBy, tr("Accepted b&y:"));
    setLabel(m_acceptedOn, tr("Accepted on:"));
    setLabel(m_acceptanceReason, tr("Why:"));
    m_acceptedBy->setPlaceholderText(tr("Usually the person responsible for personal-information protection"));
    m_acceptanceReason->setPlaceholderText(tr("Why the remaining risk is accepted (printed in the report)"));
    m_methodGroup->setTitle(tr("How the assessment was done"));
    if (auto* label = qobject_cast<QLabel*>(m_methodLayout->labelForField(m_methods)))
        label->setText(tr("&Methods used:"));
    if (auto* label = qobject_cast<QLabel*>(m_methodLayout->labelForField(m_independence)))
        label->setText(tr("&Independence:"));
    m_independence->setPlaceholderText(
        tr("Who the assessors are and how they are independent of the department whose processing is assessed "
           "(printed in the report)"));
    const QList<ScaleEntry>& methods = m_editor.ruleSet()->assessmentMethods;
    for (QCheckBox* box : std::as_const(m_methodBoxes)) {
        const int i = scaleIndex(methods, box->property("methodKey").toString());
        if (i >= 0) {
            box->setText(methods.at(i).text.text(language()));
            box->setToolTip(methods.at(i).description.text(language()));
        }
    }
}

void ReviewPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
}

void ReviewPage::refresh(CaseEditor::Parts parts, bool own)
{
    const RuleSet& rules = *m_editor.ruleSet();
    const Engine engine = m_editor.engine();
    const CheckResult check = engine.check();
    m_ui->completenessTree->clear();
    // Each missing item knows where it is filled in (its group and question, flag or section): activating it
    // (double-click, Enter) goes there.
    struct Line
    {
        QString text;
        QString group;
        QString subject;
    };
    const auto addGroup = [&](const QString& id, const QString& title, const QString& done, const QList<Line>& lines) {
        auto* item = new QTreeWidgetItem(m_ui->completenessTree, { title, done });
        item->setData(0, Qt::UserRole, id);
        for (const Line& line : lines) {
            auto* child = new QTreeWidgetItem(item, { line.text, QString() });
            child->setToolTip(0, line.text);
            child->setData(0, Qt::UserRole, line.group);
            child->setData(0, Qt::UserRole + 1, line.subject);
        }
        item->setExpanded(lines.size() <= 5);
        return item;
    };
    // What rules the version out whatever else is done: prohibited practices and contradicted conclusions.
    QList<Line> prohibited;
    for (const RaisedFlag& f : check.prohibited())
        //: a prohibited practice (its articles), then ": basis not shown" when that is why it stands
        prohibited.append({ tr("%1 (%2)%3")
                                .arg(f.rule->title.text(language()), rules.cite(f.rule->articles, language()),
                                    f.basisNotShown ? tr(": basis not shown") : QString()),
            QStringLiteral("flags"), f.rule->id });
    if (!prohibited.isEmpty()) {
        QTreeWidgetItem* item = addGroup(QStringLiteral("prohibited"), tr("Prohibited practices: they must stop"),
            QLocale().toString(prohibited.size()), prohibited);
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setExpanded(true);
    }
    QList<Line> contradictions;
    for (const Inconsistency& i : check.inconsistencies)
        contradictions.append({ engine.describe(i, language()), i.section, i.subject });
    if (!contradictions.isEmpty()) {
        QTreeWidgetItem* item = addGroup(QStringLiteral("consistency"), tr("Conclusions the answers contradict"),
            QLocale().toString(contradictions.size()), contradictions);
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setExpanded(true);
    }
    for (const GroupCompleteness& g : check.completeness.groups) {
        QString title;
        if (g.id == QLatin1String("screening"))
            title = tr("Screening");
        else if (g.id == QLatin1String("datamap"))
            title = tr("Data map");
        else if (g.id == QLatin1String("flags"))
            title = tr("Red flags to address");
        else if (g.id == QLatin1String("risks"))
            title = tr("Risks and measures");
        else if (g.id == QLatin1String("signoff"))
            title = tr("Sign-off");
        else if (const Section* s = rules.section(g.id))
            title = tr("Item %1: %2").arg(s->item).arg(s->title.text(language()));
        QList<Line> lines;
        for (const Gap& gap : g.gaps)
            lines.append({ engine.describe(gap, language()), g.id, gap.subject });
        addGroup(g.id, title, QLocale().toString(g.percent()) + QLatin1Char('%'), lines);
    }
    const AssessmentVersion* v = m_editor.version();
    QString summary = tr("Version %1: %2% complete.").arg(v ? v->number : 0).arg(check.completeness.percent());
    // Whether it may be finalized, and if not why, at once (not only after ticking the confirmation).
    if (v && !v->isFinal()) {
        const FinalizationCheck& finalization = check.finalization;
        summary += QLatin1Char('\n')
            + (finalization.allowed ? tr("Ready to finalize: tick the confirmation below and choose Finalize Version.")
                                    : tr("Finalization is refused until:") + QStringLiteral("\n• ")
                        + finalization.reasons.join(QStringLiteral("\n• ")));
    }
    if (v && v->isFinal())
        summary = tr("Version %1 was finalized on %2; its content hash is %3.")
                      .arg(v->number)
                      .arg(Translations::date(v->finalizedAt.toLocalTime().date()) + QLatin1Char(' ')
                              + QLocale().toString(v->finalizedAt.toLocalTime().time(), QLocale::ShortFormat),
                          v->contentHash.left(16));
    // A version finalized under earlier rules stays as it is; say what today's rules find in it.
    if (v && v->isFinal() && (!prohibited.isEmpty() || !contradictions.isEmpty() || !check.completeness.isComplete()))
        summary += QLatin1Char(' ')
            + tr("It was finalized under %1 %2; under today's rules (%3) it would not be: see below. It stays "
                 "unchanged; a re-assessment is a new version.")
                  .arg(v->ruleSetId.isEmpty() ? tr("earlier rules") : v->ruleSetId, v->ruleSetVersion, rules.label());
    m_ui->summaryLabel->setText(summary);

    const RiskAcceptance& acceptance = check.acceptance;
    m_acceptanceGroup->setVisible(check.risks.needsAcceptance() || !acceptance.isEmpty());
    m_acceptanceLabel->setText(check.risks.needsAcceptance()
            ? tr("The residual risk is %1, above the acceptable level (%2) of the rule set: it stays only if "
                 "someone accepts it. Residual risk counts only measures that are done.")
                  .arg(scaleText(rules.risk.levels, check.risks.overall, language()),
                      scaleText(rules.risk.levels, check.risks.acceptableLevel, language()))
            : tr("The residual risk is within the acceptable level; this acceptance is kept but no longer needed."));
    if (!own || !(parts & CaseEditor::Part::Answers) || !m_debouncer->isPending()) {
        const AssessmentMethod method = v ? AssessmentMethod::from(*v) : AssessmentMethod();
        for (QCheckBox* box : std::as_const(m_methodBoxes)) {
            const QSignalBlocker blocker(box);
            box->setChecked(method.methods.contains(box->property("methodKey").toString()));
        }
        FormSupport::setText(m_independence, method.independence);
        FormSupport::setText(m_acceptedBy, acceptance.by);
        FormSupport::setDate(m_acceptedOn, acceptance.on);
        FormSupport::setText(m_acceptanceReason, acceptance.reason);
    }
    if (!own || !(parts & CaseEditor::Part::SignOff)) {
        if (!(m_ui->assessor->hasFocus() && m_debouncer->isPending()))
            FormSupport::setText(m_ui->assessor, v ? v->assessor : QString());
        if (!(m_ui->reviewer->hasFocus() && m_debouncer->isPending()))
            FormSupport::setText(m_ui->reviewer, v ? v->reviewer : QString());
    }
}

void ReviewPage::saveAcceptance()
{
    Answer answer;
    answer.questionId = RiskAcceptance::answerId();
    const QString by = m_acceptedBy->text().trimmed();
    const QDate on = FormSupport::date(m_acceptedOn);
    QJsonObject value;
    if (!by.isEmpty())
        value.insert(QStringLiteral("by"), by);
    if (on.isValid())
        value.insert(QStringLiteral("on"), on.toString(Qt::ISODate));
    answer.value = value.isEmpty() ? QJsonValue() : QJsonValue(value);
    answer.justification = m_acceptanceReason->toPlainText();
    const bool ok = save([&] { return m_editor.setAnswer(answer, QStringLiteral("acceptance")); });
    showResult(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void ReviewPage::saveMethod()
{
    AssessmentMethod method;
    for (QCheckBox* box : std::as_const(m_methodBoxes)) {
        if (box->isChecked())
            method.methods.append(box->property("methodKey").toString());
    }
    method.independence = m_independence->toPlainText();
    const bool ok = save([&] { return m_editor.setAnswer(method.toAnswer(), QStringLiteral("method")); });
    showResult(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void ReviewPage::saveSignOff(const QString&)
{
    const bool ok = save([&] {
        return m_editor.setSignOff(
            m_ui->assessor->text().trimmed(), m_ui->reviewer->text().trimmed(), QStringLiteral("typing"));
    });
    showResult(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void ReviewPage::showResult(const QString& text)
{
    // The completeness tree takes the room it can; the result keeps the lines it needs.
    m_ui->resultLabel->setText(text);
    const int width = qMax(m_ui->resultLabel->width(), 400);
    m_ui->resultLabel->setMinimumHeight(text.isEmpty() ? 0 : m_ui->resultLabel->heightForWidth(width));
}

bool ReviewPage::finalizeVersion()
{
    Debouncer::flushAll(window());
    if (!m_ui->confirmBox->isChecked()) {
        showResult(tr("Tick the confirmation first."));
        m_ui->confirmBox->setFocus();
        return false;
    }
    if (!m_editor.finalize()) {
        showResult(m_editor.errorString()); // "Version N cannot be finalized:" and each reason
        return false;
    }
    const AssessmentVersion* v = m_editor.version();
    showResult(tr("Version %1 is finalized and will be kept until %2.")
                   .arg(v->number)
                   .arg(Translations::date(v->retainUntil)));
    Q_EMIT finalized();
    return true;
}

void ReviewPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_acceptedBy->setReadOnly(readOnly);
    m_acceptedOn->setReadOnly(readOnly);
    m_acceptanceReason->setReadOnly(readOnly);
    m_independence->setReadOnly(readOnly);
    m_methods->setEnabled(!readOnly);
    m_ui->assessor->setReadOnly(readOnly);
    m_ui->reviewer->setReadOnly(readOnly);
    m_ui->confirmBox->setVisible(!readOnly);
    m_ui->finalizeButton->setVisible(!readOnly);
}

} // namespace piadesk
