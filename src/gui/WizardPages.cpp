#include "WizardPages.h"
#include "rules/FilingAuthority.h"

#include "ui_ChangesPage.h"
#include "ui_FactsPage.h"
#include "ui_MaterialsPage.h"
#include "ui_OrganisationPage.h"
#include "ui_ReviewPage.h"
#include "ui_RisksPage.h"
#include "ui_ScreeningPage.h"
#include "ui_SectionPage.h"

#include "DateField.h"
#include "Debouncer.h"
#include "Dialogs.h"
#include "FormSupport.h"
#include "QuestionEditor.h"
#include "core/FieldRules.h"
#include "core/Uuid.h"
#include "documents/RiskMap.h"
#include "i18n/Translations.h"
#include "rules/Condition.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPalette>
#include <QPlainTextEdit>

#include <algorithm>

namespace piadesk {

namespace {

/** The value of a case fact, as a sentence fragment. */
QString factText(const CaseFacts& facts, const QString& name)
{
    const QJsonValue v = Facts::value(facts, name);
    if (name == QLatin1String("placeKind")) {
        const auto kind = enumFromKey<PlaceKind>(v.toString());
        return kind ? enumLabel(*kind) : v.toString();
    }
    if (name == QLatin1String("methods")) {
        QStringList labels;
        for (const Method m : facts.methods)
            labels.append(enumLabel(m));
        return labels.isEmpty() ? QuestionEditor::tr("none recorded") : labels.join(QLatin1String(", "));
    }
    if (v.isBool())
        return v.toBool() ? QuestionEditor::tr("Yes") : QuestionEditor::tr("No");
    if (v.isDouble())
        return QLocale().toString(qint64(v.toDouble()));
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items.append(item.toString());
        return items.join(QLatin1String(", "));
    }
    return v.toString();
}

void fillScale(QComboBox* combo, const QList<ScaleEntry>& scale, Language language)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (qsizetype i = 0; i < scale.size(); ++i)
        combo->addItem(scale.at(i).text.text(language), int(i));
}

void setCurrentData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

} // namespace

// EditorPage

EditorPage::EditorPage(CaseEditor& editor, QWidget* parent)
    : QWizardPage(parent)
    , m_editor(editor)
{
    // QWizard keeps pages at their preferred height unless they ask for more: these fill the window.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

bool EditorPage::save(const std::function<bool()>& edit)
{
    m_saving = true;
    const bool ok = edit();
    m_saving = false;
    return ok;
}

void EditorPage::retranslate()
{
    retranslateForm();
    refresh(CaseEditor::kAll, false);
}

Language EditorPage::language() const
{
    return languageFor(QLocale());
}

// QuestionList

QuestionList::QuestionList(EditorPage* page, CaseEditor& editor, const QList<Question>& questions, QLayout* layout,
    std::function<bool(const std::function<bool()>&)> save)
    : QObject(page)
    , m_page(page)
    , m_editor(editor)
    , m_save(std::move(save))
{
    const Language language = languageFor(QLocale());
    for (const Question& question : questions) {
        auto* q = new QuestionEditor(*editor.ruleSet(), question, language, page);
        layout->addWidget(q);
        m_editors.append(q);
        connect(q, &QuestionEditor::edited, this, [this, q] {
            const AssessmentVersion* v = m_editor.version();
            const Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            if (answer.value.isUndefined()) {
                q->setProblem(QuestionEditor::tr("Not saved: enter a number."));
                return;
            }
            // A number outside what the question allows (a rate of 150 %) is refused where it is typed.
            if (const Question& asked = q->question(); answer.value.isDouble()
                && ((asked.min && answer.value.toDouble() < *asked.min)
                    || (asked.max && answer.value.toDouble() > *asked.max))) {
                const QLocale locale;
                q->setProblem(asked.max ? QuestionEditor::tr("Not saved: enter a number from %1 to %2.")
                                              .arg(locale.toString(asked.min.value_or(0)), locale.toString(*asked.max))
                                        : QuestionEditor::tr("Not saved: enter a number of at least %1.")
                                              .arg(locale.toString(*asked.min)));
                return;
            }
            const bool ok = m_save([&] { return m_editor.setAnswer(answer, QStringLiteral(".typing")); });
            q->setProblem(ok ? QString() : QuestionEditor::tr("Not saved: %1").arg(m_editor.errorString()));
            refresh();
        });
        connect(q, &QuestionEditor::attachRequested, this, [this, q] {
            const QStringList paths = Dialogs::instance().openFiles(
                m_page, QuestionEditor::tr("Attach Evidence"), QuestionEditor::tr("All files (*)"));
            if (!paths.isEmpty())
                attach(q, paths);
        });
        connect(q, &QuestionEditor::evidenceAdded, this, [this, q](const QStringList& paths) { attach(q, paths); });
        connect(q, &QuestionEditor::evidenceRemoved, this, [this, q](qint64 id) {
            const AssessmentVersion* v = m_editor.version();
            Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            for (const Attachment& a : m_editor.attachments()) {
                if (a.id == id)
                    answer.evidence.removeAll(a.uuid);
            }
            const bool ok = m_save([&] { return m_editor.setAnswer(answer) && m_editor.removeAttachment(id); });
            q->setProblem(ok ? QString() : m_editor.errorString());
            refresh();
        });
    }
    if (auto* box = qobject_cast<QBoxLayout*>(layout))
        box->addStretch();
}

void QuestionList::attach(QuestionEditor* q, const QStringList& paths)
{
    QStringList problems;
    for (const QString& path : paths) {
        Attachment added;
        const bool ok = m_save([&] {
            if (!m_editor.attachFile(path, q->question().id, &added))
                return false;
            const AssessmentVersion* v = m_editor.version();
            Answer answer = q->answer(v ? v->answer(q->question().id) : nullptr);
            if (answer.value.isUndefined())
                answer.value = QJsonValue(QJsonValue::Null);
            answer.evidence.append(added.uuid);
            return m_editor.setAnswer(answer);
        });
        if (!ok)
            problems.append(m_editor.errorString());
    }
    q->setProblem(problems.join(QLatin1Char('\n')));
    refresh();
}

void QuestionList::refresh()
{
    const Engine engine = m_editor.engine();
    const AssessmentVersion* v = m_editor.version();
    const QList<Attachment> attachments = m_editor.attachments();
    // What completeness still misses, by question: marked on the question itself.
    QHash<QString, QStringList> missing;
    if (v && !v->isFinal()) {
        const QList<Gap> gaps = engine.completeness().gaps();
        for (const Gap& gap : gaps) {
            switch (gap.kind) {
            case Gap::Kind::Answer:
                missing[gap.subject].append(tr("Required: not answered yet."));
                break;
            case Gap::Kind::InvalidAnswer:
                missing[gap.subject].append(tr("The answer stored is not one this question allows: answer it again."));
                break;
            case Gap::Kind::Evidence:
                missing[gap.subject].append(
                    tr("This answer needs evidence: attach a file, or write why there is none."));
                break;
            default:
                break;
            }
        }
    }
    for (QuestionEditor* q : std::as_const(m_editors)) {
        const Question& question = q->question();
        q->setVisible(engine.isVisible(question));
        if (question.isFact()) {
            q->setFactText(factText(m_editor.facts(), question.fact));
            continue;
        }
        const Answer* a = v ? v->answer(question.id) : nullptr;
        q->setAnswer(a, attachments);
        q->setEvidenceNeeded(
            a && (Engine::isValidAnswer(question, a->value) && engine.needsEvidence(question, a->value)));
        q->setMissing(missing.value(question.id).join(QLatin1Char(' ')));
    }
}

bool QuestionList::showQuestion(const QString& questionId)
{
    for (QuestionEditor* q : std::as_const(m_editors)) {
        if (q->question().id != questionId || !q->isVisible())
            continue;
        for (QWidget* w = q->parentWidget(); w; w = w->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                scroll->ensureWidgetVisible(q, 0, 40);
                break;
            }
        }
        // The first field of the question takes the focus (its answer, else whatever it offers).
        const auto fields = q->findChildren<QWidget*>();
        for (QWidget* field : fields) {
            if (field->focusPolicy() & Qt::TabFocus && field->isVisible() && field->isEnabled()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return true;
    }
    return false;
}

void QuestionList::retranslate()
{
    const Language language = languageFor(QLocale());
    for (QuestionEditor* q : std::as_const(m_editors))
        q->retranslate(language);
}

void QuestionList::setReadOnly(bool readOnly)
{
    for (QuestionEditor* q : std::as_const(m_editors))
        q->setReadOnly(readOnly);
}

// ChangesPage

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

// OrganisationPage

OrganisationPage::OrganisationPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::OrganisationPage)
{
    m_ui->setupUi(this);
    retranslateTexts();
    m_ui->organisationForm->saveThrough(editor, [this](const std::function<bool()>& edit) { return save(edit); });
    connect(m_ui->copyFrom, &QComboBox::activated, this, &OrganisationPage::copyFrom);
}

OrganisationPage::~OrganisationPage() = default;

void OrganisationPage::retranslateTexts()
{
    setSubTitle(tr("The organisation that uses facial recognition, the person responsible for "
                   "personal-information protection, and who the cyberspace administration can contact."));
}

void OrganisationPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_ui->organisationForm->retranslate();
}

void OrganisationPage::refresh(CaseEditor::Parts parts, bool own)
{
    if (!(parts & CaseEditor::Part::Organisation) || own)
        return;
    m_ui->organisationForm->setOrganisation(m_editor.organisation());
    const QSignalBlocker blocker(m_ui->copyFrom);
    m_ui->copyFrom->clear();
    m_ui->copyFrom->addItem(tr("(another organisation)"));
    const QList<Organisation> all = m_editor.store().organisations();
    for (const Organisation& o : all) {
        if (o.id != m_editor.organisation().id && !o.name.isEmpty())
            m_ui->copyFrom->addItem(o.name, o.id);
    }
    m_ui->copyFrom->setEnabled(m_ui->copyFrom->count() > 1 && !m_editor.isReadOnly());
}

void OrganisationPage::copyFrom(int index)
{
    const qint64 id = m_ui->copyFrom->itemData(index).toLongLong();
    m_ui->copyFrom->setCurrentIndex(0);
    const auto other = m_editor.store().organisation(id);
    if (!id || !other)
        return;
    // One undoable step; the fields become this case's own copy.
    if (!m_editor.setOrganisation(*other))
        m_ui->organisationForm->setProblem(QStringLiteral("organisationName"), m_editor.errorString());
}

void OrganisationPage::setReadOnly(bool readOnly)
{
    m_ui->organisationForm->setReadOnly(readOnly);
    m_ui->copyFrom->setEnabled(!readOnly && m_ui->copyFrom->count() > 1);
}

QStringList OrganisationPage::unsavedFields() const
{
    return m_ui->organisationForm->unsavedFields();
}

// FactsPage

FactsPage::FactsPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::FactsPage)
{
    m_ui->setupUi(this);
    retranslateTexts();
    m_ui->factsForm->saveThrough(editor, [this](const std::function<bool()>& edit) { return save(edit); });
}

FactsPage::~FactsPage() = default;

void FactsPage::retranslateTexts()
{
    setSubTitle(tr("Where and why facial recognition is used, how, on how many people, and how the facial "
                   "information is kept. Screening and filing are decided from these facts."));
}

void FactsPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_ui->factsForm->retranslate();
}

void FactsPage::refresh(CaseEditor::Parts parts, bool own)
{
    if ((parts & CaseEditor::Part::Facts) && !own)
        m_ui->factsForm->setFacts(m_editor.facts());
}

void FactsPage::setReadOnly(bool readOnly)
{
    m_ui->factsForm->setReadOnly(readOnly);
}

QStringList FactsPage::unsavedFields() const
{
    return m_ui->factsForm->unsavedFields();
}

// ScreeningPage

ScreeningPage::ScreeningPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::ScreeningPage)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    m_questions = new QuestionList(this, editor, editor.ruleSet()->screening, m_ui->questionLayout,
        [this](const std::function<bool()>& edit) { return save(edit); });
    m_justification = new QPlainTextEdit(m_ui->flagGroup);
    m_justification->setObjectName(QStringLiteral("flagJustification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_justification->setEnabled(false);
    m_ui->flagLayout->addWidget(m_justification);
    m_debouncer->watch(m_justification, QStringLiteral("justification"));
    connect(m_debouncer, &Debouncer::commit, this, &ScreeningPage::saveJustification);
    connect(m_ui->flagList, &QListWidget::currentRowChanged, this, [this] {
        m_debouncer->flush();
        const QListWidgetItem* item = m_ui->flagList->currentItem();
        m_justification->setEnabled(item && !m_readOnly);
        const QSignalBlocker blocker(m_justification);
        m_justification->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
        updateNotePrompt();
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 560, 380 });
    m_ui->questionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    retranslateTexts();
}

ScreeningPage::~ScreeningPage() = default;

bool ScreeningPage::showQuestion(const QString& questionId)
{
    if (m_questions->showQuestion(questionId))
        return true;
    // A red flag: selected in the list, its note ready to be written.
    for (int i = 0; i < m_ui->flagList->count(); ++i) {
        if (m_ui->flagList->item(i)->data(Qt::UserRole).toString() == questionId) {
            m_ui->flagList->setCurrentRow(i);
            (m_justification->isEnabled() ? static_cast<QWidget*>(m_justification) : m_ui->flagList)->setFocus();
            return true;
        }
    }
    return false;
}

void ScreeningPage::retranslateTexts()
{
    setSubTitle(tr("Facts that decide what the provisions allow. Red flags appear on the right as you answer."));
    m_justification->setAccessibleName(tr("Note on the selected red flag"));
    updateNotePrompt();
}

void ScreeningPage::updateNotePrompt()
{
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    const RedFlagRule* rule = item ? m_editor.ruleSet()->redFlag(item->data(Qt::UserRole).toString()) : nullptr;
    m_justification->setPlaceholderText(rule && rule->severity == Severity::Prohibited
            ? tr("A note on this prohibited practice, kept in the report. It does not clear the flag: only stopping "
                 "the practice (changing the fact or answer that raised it) does.")
            : tr("How the condition is met (kept in the report)."));
}

void ScreeningPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_questions->retranslate();
}

void ScreeningPage::refresh(CaseEditor::Parts, bool)
{
    m_questions->refresh();
    showFlags();
    const RuleSet& rules = *m_editor.ruleSet();
    if (m_editor.engine().isOutOfScope()) { // explained, not assessed (the Measures' Art. 2)
        m_ui->filingLabel->setText(
            tr("Not assessed under %1 (%2): %3")
                .arg(rules.shortTitle.text(language()), rules.cite(rules.scope.articles, language()),
                    rules.scope.text.text(language())));
        return;
    }
    m_ui->filingLabel->setText(Engine::explain(rules, m_editor.filingObligation(), language(),
        FilingAuthority::nameFor(rules.filing, m_editor.organisation(), language())));
}

void ScreeningPage::showFlags()
{
    const QString current
        = m_ui->flagList->currentItem() ? m_ui->flagList->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_ui->flagList);
    m_ui->flagList->clear();
    const RuleSet& rules = *m_editor.ruleSet();
    // Prohibited practices first, as the report lists them.
    QList<RaisedFlag> flags = m_editor.redFlags();
    std::stable_partition(flags.begin(), flags.end(), [](const RaisedFlag& f) { return f.isProhibited(); });
    for (const RaisedFlag& f : flags) {
        const bool prohibited = f.isProhibited();
        QString state;
        if (prohibited)
            state = f.basisNotShown ? tr("Prohibited unless shown — basis not shown; blocks finalization")
                                    : tr("Prohibited — the practice must stop; blocks finalization");
        else
            state = f.isAddressed() ? tr("Condition — addressed") : tr("Condition — say how it is met");
        //: state, then the flag's title (its articles), then what it means
        const QString text = tr("%1\n%2 (%3)\n%4")
                                 .arg(state, f.rule->title.text(language()), rules.cite(f.rule->articles, language()),
                                     f.rule->message.text(language()));
        auto* item = new QListWidgetItem(text, m_ui->flagList);
        item->setData(Qt::UserRole, f.rule->id);
        item->setData(Qt::UserRole + 1, f.justification);
        item->setToolTip(f.rule->remedy.text(language()));
        item->setIcon(style()->standardIcon(prohibited ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        if (f.rule->id == current)
            m_ui->flagList->setCurrentItem(item);
    }
    if (flags.isEmpty())
        new QListWidgetItem(tr("No red flag for the facts and answers so far."), m_ui->flagList);
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    m_justification->setEnabled(item && !m_readOnly && !item->data(Qt::UserRole).toString().isEmpty());
    if (!item)
        FormSupport::setText(m_justification, QString());
    updateNotePrompt();
}

void ScreeningPage::saveJustification()
{
    const QListWidgetItem* item = m_ui->flagList->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const RedFlagRule* rule = m_editor.ruleSet()->redFlag(item->data(Qt::UserRole).toString());
    if (!rule)
        return;
    const AssessmentVersion* v = m_editor.version();
    Answer answer;
    if (const Answer* a = v ? v->answer(rule->justificationId()) : nullptr)
        answer = *a;
    answer.questionId = rule->justificationId();
    answer.justification = m_justification->toPlainText();
    if (!save([&] { return m_editor.setAnswer(answer, QStringLiteral(".typing")); }))
        m_justification->setToolTip(m_editor.errorString());
    showFlags();
}

void ScreeningPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_questions->setReadOnly(readOnly);
    m_justification->setReadOnly(readOnly);
}

// SectionPage

SectionPage::SectionPage(CaseEditor& editor, const Section& section, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::SectionPage)
    , m_section(section)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("section:") + section.id);
    m_questions = new QuestionList(this, editor, section.questions, m_ui->questionLayout,
        [this](const std::function<bool()>& edit) { return save(edit); });
    m_ui->questionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The questions take the room; the conclusion under them stays as tall as its two fields.
    m_ui->layout->setStretchFactor(m_ui->questionScroll, 1);
    m_ui->conclusionGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    FormSupport::limitToLines(m_ui->rationale, 3);
    m_ui->conclusion->addItem(QString());
    for (const Option& o : editor.ruleSet()->conclusions)
        m_ui->conclusion->addItem(QString(), o.key);
    m_contradictions = new QLabel(m_ui->conclusionGroup);
    m_contradictions->setObjectName(QStringLiteral("contradictions"));
    m_contradictions->setWordWrap(true);
    m_contradictions->setTextFormat(Qt::PlainText);
    FormSupport::markAsProblem(m_contradictions);
    m_contradictions->hide();
    m_ui->conclusionLayout->insertRow(1, QString(), m_contradictions);
    retranslateTexts();
    connect(m_ui->conclusion, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("conclusion")); });
    m_debouncer->watch(m_ui->rationale, QStringLiteral("rationale"));
    connect(m_debouncer, &Debouncer::commit, this, &SectionPage::saveConclusion);
}

SectionPage::~SectionPage() = default;

QString SectionPage::stepTitle() const
{
    return tr("Item %1: %2").arg(m_section.item).arg(m_section.title.text(language()));
}

bool SectionPage::showQuestion(const QString& questionId)
{
    return m_questions->showQuestion(questionId);
}

void SectionPage::retranslateTexts()
{
    const RuleSet& rules = *m_editor.ruleSet();
    setTitle(tr("Art. 15 item %1: %2").arg(m_section.item).arg(m_section.title.text(language())));
    m_ui->requirementLabel->setText(QStringLiteral("%1 (%2)").arg(
        m_section.requirement.text(language()), rules.cite(m_section.articles, language())));
    m_ui->conclusion->setItemText(0, tr("(not concluded)"));
    for (int i = 0; i < rules.conclusions.size(); ++i)
        m_ui->conclusion->setItemText(i + 1, rules.conclusions.at(i).text.text(language()));
    setToReview(m_toReview);
    showContradictions();
}

void SectionPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_questions->retranslate();
}

void SectionPage::showContradictions()
{
    const Engine engine = m_editor.engine();
    QStringList lines;
    for (const Inconsistency& i : engine.inconsistencies()) {
        if (i.section == m_section.id)
            lines.append(engine.describe(i, language()));
    }
    m_contradictions->setText(lines.join(QLatin1Char('\n')));
    m_contradictions->setVisible(!lines.isEmpty());
}

void SectionPage::refresh(CaseEditor::Parts parts, bool own)
{
    m_questions->refresh();
    showContradictions();
    if (!(parts & CaseEditor::Part::Answers) || own)
        return;
    const AssessmentVersion* v = m_editor.version();
    const Answer* a = v ? v->answer(m_section.conclusionId()) : nullptr;
    setCurrentData(m_ui->conclusion, a && a->value.isString() ? QVariant(a->value.toString()) : QVariant());
    if (!(m_ui->rationale->hasFocus() && m_debouncer->isPending()))
        FormSupport::setText(m_ui->rationale, a ? a->justification : QString());
}

void SectionPage::saveConclusion()
{
    Answer answer;
    answer.questionId = m_section.conclusionId();
    answer.value = m_ui->conclusion->currentIndex() > 0 ? QJsonValue(m_ui->conclusion->currentData().toString())
                                                        : QJsonValue(QJsonValue::Null);
    answer.justification = m_ui->rationale->toPlainText();
    const bool ok = save([&] { return m_editor.setAnswer(answer, QStringLiteral(".typing")); });
    m_ui->rationale->setToolTip(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void SectionPage::setReadOnly(bool readOnly)
{
    m_questions->setReadOnly(readOnly);
    m_ui->conclusion->setEnabled(!readOnly);
    m_ui->rationale->setReadOnly(readOnly);
}

void SectionPage::setToReview(bool review)
{
    m_toReview = review;
    setSubTitle(review ? tr("The trigger of this re-assessment calls for this item to be reviewed.") : QString());
}

// RisksPage

RisksPage::RisksPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::RisksPage)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    const RiskMethod& method = editor.ruleSet()->risk;
    auto* kinds = new QGridLayout(m_ui->impactKinds);
    kinds->setContentsMargins(0, 0, 0, 0);
    int n = 0;
    for (const ScaleEntry& entry : method.impactKinds) {
        const auto kind = enumFromKey<ImpactKind>(entry.key);
        if (!kind)
            continue;
        auto* box = new QCheckBox(m_ui->impactKinds);
        box->setObjectName(QStringLiteral("kind_") + entry.key);
        box->setProperty("kindKey", entry.key);
        kinds->addWidget(box, n / 2, n % 2);
        ++n;
        m_kinds.append({ *kind, box });
        connect(box, &QCheckBox::toggled, this, [this] { m_debouncer->commitNow(QStringLiteral("kinds")); });
    }
    retranslateTexts();

    m_debouncer->watch(m_ui->riskTitle, QStringLiteral("title"));
    m_debouncer->watch(m_ui->riskDescription, QStringLiteral("description"));
    m_debouncer->watch(m_ui->likelihoodBasis, QStringLiteral("likelihoodBasis"));
    connect(m_ui->riskSource, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("source")); });
    m_debouncer->watch(m_ui->measureDescription, QStringLiteral("m.description"));
    m_debouncer->watch(m_ui->measureOwner, QStringLiteral("m.owner"));
    for (QComboBox* combo : { m_ui->impact, m_ui->likelihood, m_ui->residualImpact, m_ui->residualLikelihood })
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { m_debouncer->commitNow(combo->objectName()); });
    connect(m_ui->measureRisk, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("m.risk")); });
    connect(m_ui->measureStatus, &QComboBox::currentIndexChanged, this,
        [this] { m_debouncer->commitNow(QStringLiteral("m.status")); });
    connect(m_ui->measureDue, &DateField::dateChanged, this, [this] { m_debouncer->poke(QStringLiteral("m.due")); });
    connect(m_ui->measureDue, &DateField::editingFinished, m_debouncer, &Debouncer::flush);
    connect(m_debouncer, &Debouncer::commit, this, [this](const QStringList& keys) {
        for (const QString& key : keys) {
            if (key.startsWith(QLatin1String("m.")))
                saveMeasure(key);
            else
                saveRisk(key);
        }
    });
    connect(m_ui->riskList, &QListWidget::currentRowChanged, this, [this] {
        m_debouncer->flush();
        showRisk();
    });
    connect(m_ui->measureList, &QListWidget::currentRowChanged, this, [this] {
        m_debouncer->flush();
        showMeasure();
    });
    connect(m_ui->addRisk, &QPushButton::clicked, this, &RisksPage::addRisk);
    connect(m_ui->removeRisk, &QPushButton::clicked, this, &RisksPage::removeRisk);
    connect(m_ui->addMeasure, &QPushButton::clicked, this, &RisksPage::addMeasure);
    connect(m_ui->removeMeasure, &QPushButton::clicked, this, &RisksPage::removeMeasure);
}

RisksPage::~RisksPage() = default;

void RisksPage::retranslateTexts()
{
    const RiskMethod& method = m_editor.ruleSet()->risk;
    m_ui->methodLabel->setText(method.description.text(language()));
    fillScale(m_ui->impact, method.impactLevels, language());
    fillScale(m_ui->likelihood, method.likelihoods, language());
    fillScale(m_ui->residualImpact, method.impactLevels, language());
    fillScale(m_ui->residualLikelihood, method.likelihoods, language());
    {
        // The risk-source dimensions of the likelihood analysis; rule sets without them hide the two rows.
        const QSignalBlocker blocker(m_ui->riskSource);
        m_ui->riskSource->clear();
        m_ui->riskSource->addItem(tr("Not stated"), QString());
        for (const ScaleEntry& entry : method.sources) {
            m_ui->riskSource->addItem(entry.text.text(language()), entry.key);
            m_ui->riskSource->setItemData(
                m_ui->riskSource->count() - 1, entry.description.text(language()), Qt::ToolTipRole);
        }
        m_ui->riskLayout->setRowVisible(m_ui->riskSource, !method.sources.isEmpty());
        m_ui->riskLayout->setRowVisible(m_ui->likelihoodBasis, !method.sources.isEmpty());
        m_ui->likelihoodBasis->setPlaceholderText(
            tr("The cause or weakness found, and its evidence (inspection, test report, interview, incidents in "
               "the sector)"));
    }
    for (const ScaleEntry& entry : method.impactKinds) {
        for (const auto& kind : std::as_const(m_kinds)) {
            if (kind.second->property("kindKey").toString() == entry.key) {
                kind.second->setText(entry.text.text(language()));
                kind.second->setToolTip(entry.description.text(language()));
            }
        }
    }
    const QSignalBlocker blocker(m_ui->measureStatus);
    m_ui->measureStatus->clear();
    for (const auto& entry : enumEntries<MeasureStatus>())
        m_ui->measureStatus->addItem(enumLabel(entry.value), int(entry.value));
}

void RisksPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
}

void RisksPage::refresh(CaseEditor::Parts parts, bool own)
{
    const AssessmentVersion* v = m_editor.version();
    const QList<Risk> risks = v ? v->risks : QList<Risk>();
    const QList<Measure> measures = v ? v->measures : QList<Measure>();
    const RiskSummary summary = m_editor.engine().risks();
    const RiskMethod& method = m_editor.ruleSet()->risk;
    {
        const QSignalBlocker blocker(m_ui->riskList);
        const int row = m_ui->riskList->currentRow();
        m_ui->riskList->clear();
        for (qsizetype i = 0; i < risks.size(); ++i) {
            const QString level = i < summary.risks.size()
                ? scaleText(method.levels, summary.risks.at(i).residualLevel, language())
                : QString();
            const QString title = risks.at(i).title.isEmpty() ? tr("(untitled)") : risks.at(i).title;
            m_ui->riskList->addItem(tr("R%1 %2 — %3").arg(i + 1).arg(title, level));
        }
        m_ui->riskList->setCurrentRow(qMin(row < 0 ? 0 : row, int(risks.size()) - 1));
    }
    {
        const QSignalBlocker blocker(m_ui->measureRisk);
        const QVariant current = m_ui->measureRisk->currentData();
        m_ui->measureRisk->clear();
        m_ui->measureRisk->addItem(tr("(no particular risk)"), QString());
        for (qsizetype i = 0; i < risks.size(); ++i)
            m_ui->measureRisk->addItem(tr("R%1 %2").arg(i + 1).arg(risks.at(i).title), risks.at(i).uuid);
        m_ui->measureRisk->setCurrentIndex(qMax(0, m_ui->measureRisk->findData(current)));
    }
    {
        const QSignalBlocker blocker(m_ui->measureList);
        const int row = m_ui->measureList->currentRow();
        m_ui->measureList->clear();
        for (qsizetype i = 0; i < measures.size(); ++i) {
            const Measure& m = measures.at(i);
            const QString text
                = m.description.isEmpty() ? tr("(not described)") : m.description.section(QLatin1Char('\n'), 0, 0);
            m_ui->measureList->addItem(tr("M%1 %2 — %3").arg(i + 1).arg(text, enumLabel(m.status)));
        }
        m_ui->measureList->setCurrentRow(qMin(row < 0 ? 0 : row, int(measures.size()) - 1));
    }
    if (!own || (parts & (CaseEditor::Part::Risks | CaseEditor::Part::Measures)) == CaseEditor::Parts()) {
        showRisk();
        showMeasure();
    } else {
        // Own edit: only the derived level changes; what the user is typing stays.
        const int row = m_ui->riskList->currentRow();
        if (row >= 0 && row < summary.risks.size()) {
            const RatedRisk& r = summary.risks.at(row);
            m_ui->riskLevel->setText(levelText(method, r));
        }
    }
    showMap();
}

QString RisksPage::levelText(const RiskMethod& method, const RatedRisk& r) const
{
    const QString before = scaleText(method.levels, r.level, language());
    const QString target = scaleText(method.levels, r.targetLevel, language());
    const AssessmentVersion* v = m_editor.version();
    const bool planned = v && std::any_of(v->measures.cbegin(), v->measures.cend(), [&](const Measure& m) {
        return m.riskUuid == r.uuid && m.status != MeasureStatus::Dropped;
    });
    if (!planned)
        return tr("%1 residual: no measure planned against it yet").arg(before);
    if (r.measuresDone)
        return tr("%1 before measures, %2 residual").arg(before, target);
    return tr("%1 residual, target %2 when measures are done").arg(before, target);
}

void RisksPage::showRisk()
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->riskList->currentRow();
    const bool has = v && row >= 0 && row < v->risks.size();
    m_ui->riskGroup->setEnabled(has);
    m_ui->removeRisk->setEnabled(has && !m_readOnly);
    const Risk r = has ? v->risks.at(row) : Risk();
    FormSupport::setText(m_ui->riskTitle, r.title);
    FormSupport::setText(m_ui->riskDescription, r.description);
    for (const auto& [kind, box] : std::as_const(m_kinds)) {
        const QSignalBlocker blocker(box);
        box->setChecked(r.impactKinds.contains(kind));
    }
    setCurrentData(m_ui->impact, int(r.impact));
    setCurrentData(m_ui->likelihood, int(r.likelihood));
    setCurrentData(m_ui->residualImpact, int(r.residualImpact));
    setCurrentData(m_ui->residualLikelihood, int(r.residualLikelihood));
    setCurrentData(m_ui->riskSource, r.source);
    FormSupport::setText(m_ui->likelihoodBasis, r.likelihoodBasis);
    const RiskSummary summary = m_editor.engine().risks();
    const RiskMethod& method = m_editor.ruleSet()->risk;
    if (has && row < summary.risks.size()) {
        const RatedRisk& rated = summary.risks.at(row);
        QString text = levelText(method, rated);
        for (const RiskAdjustment* a : summary.adjustments)
            text += QLatin1Char('\n') + a->text.text(language());
        m_ui->riskLevel->setText(text);
    } else {
        m_ui->riskLevel->clear();
    }
}

void RisksPage::showMeasure()
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->measureList->currentRow();
    const bool has = v && row >= 0 && row < v->measures.size();
    m_ui->measureGroup->setEnabled(has);
    m_ui->removeMeasure->setEnabled(has && !m_readOnly);
    const Measure m = has ? v->measures.at(row) : Measure();
    FormSupport::setText(m_ui->measureDescription, m.description);
    FormSupport::setText(m_ui->measureOwner, m.owner);
    const bool other = m_ui->measureDue->property("piadeskRecord").toString() != m.uuid;
    m_ui->measureDue->setProperty("piadeskRecord", m.uuid);
    FormSupport::setDate(m_ui->measureDue, m.dueDate, other);
    setCurrentData(m_ui->measureStatus, int(m.status));
    setCurrentData(m_ui->measureRisk, m.riskUuid);
}

void RisksPage::saveRisk(const QString& key)
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->riskList->currentRow();
    if (!v || row < 0 || row >= v->risks.size())
        return;
    QList<Risk> risks = v->risks;
    Risk& r = risks[row];
    if (key == QLatin1String("title"))
        r.title = m_ui->riskTitle->text().trimmed();
    else if (key == QLatin1String("description"))
        r.description = m_ui->riskDescription->toPlainText();
    else if (key == QLatin1String("likelihoodBasis"))
        r.likelihoodBasis = m_ui->likelihoodBasis->toPlainText();
    else if (key == QLatin1String("source"))
        r.source = m_ui->riskSource->currentData().toString();
    else if (key == QLatin1String("impact"))
        r.impact = ImpactLevel(m_ui->impact->currentData().toInt());
    else if (key == QLatin1String("likelihood"))
        r.likelihood = Likelihood(m_ui->likelihood->currentData().toInt());
    else if (key == QLatin1String("residualImpact"))
        r.residualImpact = ImpactLevel(m_ui->residualImpact->currentData().toInt());
    else if (key == QLatin1String("residualLikelihood"))
        r.residualLikelihood = Likelihood(m_ui->residualLikelihood->currentData().toInt());
    else if (key == QLatin1String("kinds")) {
        r.impactKinds.clear();
        for (const auto& [kind, box] : std::as_const(m_kinds)) {
            if (box->isChecked())
                r.impactKinds.append(kind);
        }
    }
    const bool ok = save([&] { return m_editor.setRisks(risks, r.uuid + key); });
    m_ui->riskGroup->setToolTip(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void RisksPage::saveMeasure(const QString& key)
{
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->measureList->currentRow();
    if (!v || row < 0 || row >= v->measures.size())
        return;
    QList<Measure> measures = v->measures;
    Measure& m = measures[row];
    if (key == QLatin1String("m.description"))
        m.description = m_ui->measureDescription->toPlainText();
    else if (key == QLatin1String("m.owner"))
        m.owner = m_ui->measureOwner->text().trimmed();
    else if (key == QLatin1String("m.due"))
        m.dueDate = FormSupport::date(m_ui->measureDue);
    else if (key == QLatin1String("m.status"))
        m.status = MeasureStatus(m_ui->measureStatus->currentData().toInt());
    else if (key == QLatin1String("m.risk"))
        m.riskUuid = m_ui->measureRisk->currentData().toString();
    const bool ok = save([&] { return m_editor.setMeasures(measures, m.uuid + key); });
    m_ui->measureGroup->setToolTip(ok ? QString() : tr("Not saved: %1").arg(m_editor.errorString()));
}

void RisksPage::addRisk()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    QList<Risk> risks = v ? v->risks : QList<Risk>();
    Risk r;
    r.uuid = newUuid();
    r.impact = ImpactLevel::Medium;
    r.likelihood = Likelihood::Medium;
    // Until the officer rates it after measures, the target is the level before them: nothing is assumed done.
    r.residualImpact = r.impact;
    r.residualLikelihood = r.likelihood;
    risks.append(r);
    if (m_editor.setRisks(risks)) {
        m_ui->riskList->setCurrentRow(int(risks.size()) - 1);
        m_ui->riskTitle->setFocus();
    }
}

void RisksPage::removeRisk()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->riskList->currentRow();
    if (!v || row < 0 || row >= v->risks.size())
        return;
    QList<Risk> risks = v->risks;
    const QString uuid = risks.takeAt(row).uuid;
    QList<Measure> measures = v->measures;
    for (Measure& m : measures) {
        if (m.riskUuid == uuid)
            m.riskUuid.clear();
    }
    m_editor.setMeasures(measures);
    m_editor.setRisks(risks);
}

void RisksPage::addMeasure()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    QList<Measure> measures = v ? v->measures : QList<Measure>();
    Measure m;
    m.uuid = newUuid();
    const int riskRow = m_ui->riskList->currentRow();
    if (v && riskRow >= 0 && riskRow < v->risks.size())
        m.riskUuid = v->risks.at(riskRow).uuid;
    measures.append(m);
    if (m_editor.setMeasures(measures)) {
        m_ui->measureList->setCurrentRow(int(measures.size()) - 1);
        m_ui->measureDescription->setFocus();
    }
}

void RisksPage::removeMeasure()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    const int row = m_ui->measureList->currentRow();
    if (!v || row < 0 || row >= v->measures.size())
        return;
    QList<Measure> measures = v->measures;
    measures.removeAt(row);
    m_editor.setMeasures(measures);
}

void RisksPage::showMap()
{
    const RiskSummary summary = m_editor.engine().risks();
    const qreal ratio = devicePixelRatioF();
    QImage map = RiskMap::paint(m_editor.ruleSet()->risk, summary.risks, language(), int(240 * ratio));
    map.setDevicePixelRatio(ratio);
    m_ui->riskMap->setPixmap(QPixmap::fromImage(map));
    m_ui->riskMap->setAccessibleName(tr("Risk map"));
}

void RisksPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->addRisk->setEnabled(!readOnly);
    m_ui->addMeasure->setEnabled(!readOnly);
    m_ui->riskTitle->setReadOnly(readOnly);
    m_ui->riskDescription->setReadOnly(readOnly);
    m_ui->likelihoodBasis->setReadOnly(readOnly);
    m_ui->measureDescription->setReadOnly(readOnly);
    m_ui->measureOwner->setReadOnly(readOnly);
    m_ui->measureDue->setReadOnly(readOnly);
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_ui->impact, m_ui->riskSource, m_ui->likelihood, m_ui->residualImpact,
            m_ui->residualLikelihood, m_ui->impactKinds, m_ui->measureRisk, m_ui->measureStatus })
        w->setEnabled(!readOnly);
    showRisk();
    showMeasure();
}

// MaterialsPage

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

// ReviewPage

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
