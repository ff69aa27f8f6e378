#pragma once

#include "core/CaseBundle.h"
#include "rules/Engine.h"
#include "session/VersionDiff.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <optional>

class QUndoStack;

namespace piadesk {

class CaseStore;
class RuleSetLibrary;

/**
 * One case as the assessment wizard edits it: its organisation, facts and one
 * version of its assessment. Every edit is written to the case file at once (one
 * transaction, audited) and pushed on an undo stack; undo and redo write too. A
 * finalized version, or a read-only file, refuses every edit and says why.
 *
 * The engine's views (red flags, completeness, filing obligation, risks) are
 * derived from the state held here, which is always what the file holds.
 */
class CaseEditor : public QObject
{
    Q_OBJECT

public:
    enum class Part {
        Organisation = 0x1,
        Facts = 0x2,
        Answers = 0x4,
        Risks = 0x8,
        Measures = 0x10,
        SignOff = 0x20,
        Attachments = 0x40,
        Version = 0x80, ///< another version was opened, or its state changed (finalized)
        DataMap = 0x100, ///< the processing activities of the data map
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts kAll = Parts(0x1ff);

    CaseEditor(CaseStore& store, const RuleSetLibrary& rules, QObject* parent = nullptr);
    ~CaseEditor() override;

    /**
     * Creates a case for a new organisation, with its initial assessment, and opens it. The names are
     * placeholders the officer overwrites on the wizard's first pages.
     */
    bool createCase(const QString& organisationName, const QString& caseName, const QDate& today,
        const QString& ruleSetId = QString());
    /** Opens version \a versionNumber (0: the latest) of case \a caseId. */
    bool open(qint64 caseId, int versionNumber = 0);
    /**
     * Opens case \a caseId without a version: its organisation and facts as they stand now, editable
     * even when every version is finalized (the case's edit dialog; a change then calls for re-assessment).
     */
    bool openCase(qint64 caseId);
    /** Reads the case again from the file (after a failed write, or changes made elsewhere). */
    bool reload();
    /**
     * Reads the case again after conflicted(): what another officer saved is shown, and the undo history, built on
     * the state before it, is cleared so that an undo cannot write an old value over their change.
     */
    bool reloadAfterConflict();

    qint64 caseId() const { return m_bundle.caseInfo.id; }
    const CaseBundle& bundle() const { return m_bundle; }
    /** The organisation and facts the version assesses: for a finalized version, as they stood then. */
    const Organisation& organisation() const;
    const CaseFacts& facts() const;
    /** The version being edited or read; nullptr before a case is open. */
    const AssessmentVersion* version() const;
    /** The version before this one, if any: what a re-assessment is compared with. */
    const AssessmentVersion* previousVersion() const;
    /** The rule set the case is assessed under (a finalized version: the one it was finalized under). */
    const RuleSet* ruleSet() const { return m_ruleSet; }

    bool isReadOnly() const { return !readOnlyReason().isEmpty(); }
    /** Why nothing can be changed, in a sentence; empty when edits are possible. */
    QString readOnlyReason() const;
    QUndoStack* undoStack() const { return m_undo; }
    /**
     * What was changed in this case outside PIAdesk (a finalized version's content, its audit events or its
     * attachments), as found when it was opened; empty when it checks out.
     */
    QStringList integrityProblems() const { return m_integrityProblems; }
    QString errorString() const { return m_error; }

    /**
     * The edits. Each is saved at once; on failure nothing changes and errorString() says why.
     * Consecutive edits with the same non-empty \a mergeKey within a few seconds (typing in one
     * field) make one undo step.
     */
    bool setOrganisation(const Organisation& organisation, const QString& mergeKey = QString());
    /** The other organisations of the case file, whose details copyOrganisation() can take over. */
    QList<Organisation> otherOrganisations() const;
    /** Takes over the details of organisation \a organisationId as this case's own copy (one undo step). */
    bool copyOrganisation(qint64 organisationId);
    bool setFacts(const CaseFacts& facts, const QString& mergeKey = QString());
    bool setAnswer(const Answer& answer, const QString& mergeKey = QString());
    bool setRisks(const QList<Risk>& risks, const QString& mergeKey = QString());
    bool setMeasures(const QList<Measure>& measures, const QString& mergeKey = QString());
    /**
     * Removes risk \a riskUuid; the measures that answered it stay, answering none. One undo step and one
     * transaction.
     */
    bool removeRisk(const QString& riskUuid);
    /** Replaces the data map of the open version (one undo step). */
    bool setActivities(const QList<ProcessingActivity>& activities, const QString& mergeKey = QString());
    bool setSignOff(const QString& assessor, const QString& reviewer, const QString& mergeKey = QString());
    /** Keeps a file as evidence of this version for \a material (a question id or filing material id). */
    bool addAttachment(
        const QString& name, const QByteArray& data, const QString& material, Attachment* added = nullptr);
    /**
     * Keeps the file at \a path as evidence (its name only, never the path, is recorded); refused, saying why,
     * when it is not a readable file or exceeds the attachment limit.
     */
    bool attachFile(const QString& path, const QString& material, Attachment* added = nullptr);
    bool removeAttachment(qint64 attachmentId);
    /** The attachments of this version (and the case-level ones). */
    QList<Attachment> attachments(const QString& material = QString()) const;

    /** Whether anything was changed through this editor since the case was created or opened. */
    bool isTouched() const { return m_touched; }
    /** Deletes the case if this editor created it and nothing was changed since (a New Assessment closed at once). */
    bool discardIfUntouched();

    /** Finalizes the version; refused with the engine's reasons in errorString(). */
    bool finalize();

    /**
     * Starts a new version after \a trigger on \a date, prefilled from the latest one, and opens it.
     * Refused while another version is still a draft, or without a description.
     */
    bool reassess(
        TriggerKind trigger, const QDate& date, const QString& description, const QString& ruleSetId = QString());
    /** The sections the trigger of this version calls for reviewing (none for an initial assessment). */
    QStringList sectionsToReview() const;
    /** What differs from the previous version, item by item; empty for a first version. */
    QList<DiffRow> changesSincePrevious(Language language) const;

    // What the engine says about the version as it stands.
    Engine engine() const;
    FilingObligation filingObligation() const;
    QList<RaisedFlag> redFlags() const;
    Completeness completeness() const;

Q_SIGNALS:
    /** Parts of the case changed: by an edit, undo, redo or reload. */
    void changed(piadesk::CaseEditor::Parts parts);
    /** An undo or redo could not be written; the state was read again from the file. */
    void failed(const QString& message);
    /**
     * An edit was refused because someone else changed the case after it was read (a team store); \a message
     * names who and when. Emitted once the refused edit has returned, at most once until the case is read again.
     */
    void conflicted(const QString& message);

private:
    struct SignOffNames
    {
        QString assessor;
        QString reviewer;
    };
    struct RiskPlan
    {
        QList<Risk> risks;
        QList<Measure> measures;
    };
    bool load(qint64 caseId, const QString& versionUuid);
    bool fail(const QString& message);
    /** fail() with the store's reason; a conflict is also signalled (conflicted()). */
    bool failFromStore();
    /**
     * Writes \a after with \a write (which also updates the state); on success pushes the undo step of kind
     * \a kKind that writes \a before back.
     */
    template <typename Value, int kKind>
    bool edit(const QString& text, const QString& mergeKey, Parts parts, bool (CaseEditor::*write)(const Value&),
        Value before, Value after);
    bool writeOrganisation(const Organisation& organisation);
    bool writeFacts(const CaseFacts& facts);
    bool writeAnswer(const Answer& answer);
    bool writeRisks(const QList<Risk>& risks);
    bool writeMeasures(const QList<Measure>& measures);
    bool writeActivities(const QList<ProcessingActivity>& activities);
    bool writeSignOff(const SignOffNames& names);
    bool writeRiskPlan(const RiskPlan& plan);
    AssessmentVersion* mutableVersion();

    CaseStore& m_store;
    const RuleSetLibrary& m_library;
    CaseBundle m_bundle;
    QString m_versionUuid;
    const RuleSet* m_ruleSet = nullptr;
    QUndoStack* m_undo;
    QString m_error;
    QStringList m_integrityProblems;
    bool m_caseOnly = false;
    bool m_created = false; ///< createCase() made this case
    bool m_touched = false;
    bool m_conflictPending = false; ///< conflicted() is queued
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseEditor::Parts)

} // namespace piadesk
