#include "gui/wizard/RisksPage.h"

#include "ui_RisksPage.h"

#include "core/Uuid.h"
#include "documents/RiskMap.h"
#include "gui/DateField.h"
#include "gui/Debouncer.h"
#include "gui/Dialogs.h"
#include "gui/FormSupport.h"
#include "session/RiskPlanModels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QSignalBlocker>

#include <algorithm>

namespace piadesk {

namespace {

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

RisksPage::RisksPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::RisksPage)
    , m_debouncer(new Debouncer(this))
    , m_risks(new RiskListModel(this))
    , m_measures(new MeasureListModel(this))
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
    m_ui->riskList->setModel(m_risks);
    m_ui->measureList->setModel(m_measures);
    connect(m_ui->riskList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_debouncer->flush();
        showRisk();
    });
    connect(m_ui->measureList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_debouncer->flush();
        showMeasure();
    });
    connect(m_ui->addRisk, &QPushButton::clicked, this, &RisksPage::addRisk);
    connect(m_ui->removeRisk, &QPushButton::clicked, this, &RisksPage::removeRisk);
    connect(m_ui->addMeasure, &QPushButton::clicked, this, &RisksPage::addMeasure);
    connect(m_ui->removeMeasure, &QPushButton::clicked, this, &RisksPage::removeMeasure);
}

RisksPage::~RisksPage() = default;

int RisksPage::currentRiskRow() const
{
    return m_ui->riskList->currentIndex().row();
}

int RisksPage::currentMeasureRow() const
{
    return m_ui->measureList->currentIndex().row();
}

void RisksPage::setCurrentRiskRow(int row)
{
    m_ui->riskList->setCurrentIndex(m_risks->index(row));
}

void RisksPage::setCurrentMeasureRow(int row)
{
    m_ui->measureList->setCurrentIndex(m_measures->index(row));
}

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
        const QSignalBlocker blocker(m_ui->riskList->selectionModel());
        const int row = currentRiskRow();
        m_risks->setRisks(risks, summary, method, language());
        setCurrentRiskRow(qMin(row < 0 ? 0 : row, int(risks.size()) - 1));
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
        const QSignalBlocker blocker(m_ui->measureList->selectionModel());
        const int row = currentMeasureRow();
        m_measures->setMeasures(measures);
        setCurrentMeasureRow(qMin(row < 0 ? 0 : row, int(measures.size()) - 1));
    }
    if (!own || (parts & (CaseEditor::Part::Risks | CaseEditor::Part::Measures)) == CaseEditor::Parts()) {
        showRisk();
        showMeasure();
    } else {
        // Own edit: only the derived level changes; what the user is typing stays.
        const int row = currentRiskRow();
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
    const int row = currentRiskRow();
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
    const int row = currentMeasureRow();
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
    const int row = currentRiskRow();
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
    const int row = currentMeasureRow();
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
        setCurrentRiskRow(int(risks.size()) - 1);
        m_ui->riskTitle->setFocus();
    }
}

void RisksPage::removeRisk()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    const int row = currentRiskRow();
    if (!v || row < 0 || row >= v->risks.size())
        return;
    // One undo step: the risk goes, and its measures stay in the plan answering none.
    if (!m_editor.removeRisk(v->risks.at(row).uuid))
        Dialogs::instance().inform(this, tr("Risk Not Removed"), m_editor.errorString());
}

void RisksPage::addMeasure()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    QList<Measure> measures = v ? v->measures : QList<Measure>();
    Measure m;
    m.uuid = newUuid();
    const int riskRow = currentRiskRow();
    if (v && riskRow >= 0 && riskRow < v->risks.size())
        m.riskUuid = v->risks.at(riskRow).uuid;
    measures.append(m);
    if (m_editor.setMeasures(measures)) {
        setCurrentMeasureRow(int(measures.size()) - 1);
        m_ui->measureDescription->setFocus();
    }
}

void RisksPage::removeMeasure()
{
    m_debouncer->flush();
    const AssessmentVersion* v = m_editor.version();
    const int row = currentMeasureRow();
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

} // namespace piadesk
