#include "gui/wizard/SectionPage.h"

#include "ui_SectionPage.h"

#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "gui/wizard/QuestionList.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace piadesk {

namespace {

void setCurrentData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

} // namespace

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

} // namespace piadesk
