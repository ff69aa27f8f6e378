#pragma once

#include "core/CaseBundle.h"
#include "rules/LocalizedText.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace piadesk {

class CaseStore;
class RuleSetLibrary;

/**
 * Whether a case, or one version of it, may be deleted today, and in words the user reads before anything
 * happens: refused while a finalized report must still be kept (its retain-until date, the articles of the
 * rules it was finalized under, and the first day it may go); otherwise what deleting removes, for the
 * confirmation. The store enforces the same retention on its own (and its triggers outside PIAdesk); this is
 * what the windows and the CLI say first.
 */
class CaseDeletion
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::CaseDeletion)
public:
    struct Verdict
    {
        bool allowed = false;
        /** Allowed: what deleting removes. Refused: why, with the date and the article. */
        QString text;
        /** Refused for retention: the first day deletion is allowed. */
        QDate allowedFrom;
    };

    CaseDeletion(const CaseBundle& bundle, const RuleSetLibrary& library, const QDate& today, Language language);

    Verdict forCase() const;
    Verdict forVersion(int number) const;

    /** Deletes the case if forCase() allows it; false with \a error (the verdict, or the store's refusal). */
    bool deleteCase(CaseStore& store, QString* error) const;
    bool deleteVersion(CaseStore& store, int number, QString* error) const;

private:
    /** Why \a version is still kept today; empty when it is not (a draft, or past its date). */
    QString kept(const AssessmentVersion& version) const;

    const CaseBundle& m_bundle;
    const RuleSetLibrary& m_library;
    QDate m_today;
    Language m_language;
};

} // namespace piadesk
