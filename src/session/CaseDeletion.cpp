#include "CaseDeletion.h"

#include "i18n/Translations.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"

namespace piadesk {

CaseDeletion::CaseDeletion(
    const CaseBundle& bundle, const RuleSetLibrary& library, const QDate& today, Language language)
    : m_bundle(bundle)
    , m_library(library)
    , m_today(today)
    , m_language(language)
{
}

QString CaseDeletion::kept(const AssessmentVersion& version) const
{
    if (!version.isFinal() || !version.retainUntil.isValid() || version.retainUntil < m_today)
        return {};
    // The articles of the rules the version was finalized under (the draft's Art. 15 or the Measures' Art. 9,
    // with PIPL Art. 56); the case's own rules for a version from before they were recorded.
    const RuleSet* rules = m_library.find(version.ruleSetId);
    if (!rules)
        rules = m_library.find(m_bundle.caseInfo.ruleSetId);
    return rules && !rules->retentionArticles.isEmpty() ? rules->cite(rules->retentionArticles, m_language)
                                                        : tr("the retention of assessment reports");
}

CaseDeletion::Verdict CaseDeletion::forCase() const
{
    const AssessmentVersion* longest = nullptr;
    for (const AssessmentVersion& version : m_bundle.assessments) {
        if (!kept(version).isEmpty() && (!longest || version.retainUntil > longest->retainUntil))
            longest = &version;
    }
    const QString name = m_bundle.caseInfo.facts.name;
    if (longest) {
        const QDate from = longest->retainUntil.addDays(1);
        return { false,
            tr("The case “%1” cannot be deleted yet: the report of version %2 must be kept until %3 (%4). The case "
               "can be deleted from %5.")
                .arg(name)
                .arg(longest->number)
                .arg(Translations::date(longest->retainUntil), kept(*longest), Translations::date(from)),
            from };
    }
    const int versions = int(m_bundle.assessments.size());
    QString text = tr("Delete the case “%1” with its %n version(s), its filings and its evidence from this case "
                      "file?",
        nullptr, versions)
                       .arg(name);
    if (m_bundle.latestFinal())
        text += QLatin1Char(' ')
            + tr("The retention of its reports has ended (the last on %1).").arg(Translations::date([this] {
                  QDate last;
                  for (const AssessmentVersion& version : m_bundle.assessments)
                      last = qMax(last, version.retainUntil);
                  return last;
              }()));
    text += QLatin1Char(' ') + tr("This cannot be undone; the deletion is recorded in the audit log.");
    return { true, text, {} };
}

CaseDeletion::Verdict CaseDeletion::forVersion(int number) const
{
    const AssessmentVersion* version = nullptr;
    for (const AssessmentVersion& v : m_bundle.assessments) {
        if (v.number == number)
            version = &v;
    }
    if (!version)
        return { false, tr("Version %1 of this case does not exist.").arg(number), {} };
    if (const QString articles = kept(*version); !articles.isEmpty()) {
        const QDate from = version->retainUntil.addDays(1);
        return { false,
            tr("Version %1 cannot be deleted yet: its report must be kept until %2 (%3). It can be deleted from %4.")
                .arg(number)
                .arg(Translations::date(version->retainUntil), articles, Translations::date(from)),
            from };
    }
    QString text = version->isFinal()
        ? tr("Delete version %1? Its report was kept until %2, the end of its retention.")
              .arg(number)
              .arg(Translations::date(version->retainUntil))
        : tr("Delete version %1, a draft? What was entered in it is lost; the versions before it stay as they are.")
              .arg(number);
    text += QLatin1Char(' ') + tr("This cannot be undone; the deletion is recorded in the audit log.");
    return { true, text, {} };
}

bool CaseDeletion::deleteCase(CaseStore& store, QString* error) const
{
    const Verdict verdict = forCase();
    if (!verdict.allowed) {
        if (error)
            *error = verdict.text;
        return false;
    }
    if (!store.deleteCase(m_bundle.caseInfo.id)) {
        if (error)
            *error = store.errorString();
        return false;
    }
    return true;
}

bool CaseDeletion::deleteVersion(CaseStore& store, int number, QString* error) const
{
    const Verdict verdict = forVersion(number);
    if (!verdict.allowed) {
        if (error)
            *error = verdict.text;
        return false;
    }
    for (const AssessmentVersion& v : m_bundle.assessments) {
        if (v.number == number) {
            if (store.deleteAssessment(v.id))
                return true;
            if (error)
                *error = store.errorString();
            return false;
        }
    }
    return false;
}

} // namespace piadesk
