#pragma once

#include "Packet.h"
#include "Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace piadesk {

/** One file of a filing folder: which upload slot it fills, and how. */
struct FolderEntry
{
    enum class Kind {
        Written, ///< filled in by PIAdesk, ready to upload (the report, the forms)
        ToSeal, ///< filled in by PIAdesk, to be printed, signed, sealed and scanned (letters)
        Copied, ///< the case's own scan, attached to the slot
        ScanNeeded, ///< PIAdesk cannot fill it: a note says what to scan
    };
    int number = 0; ///< the slot's number in the rule set
    QString title; ///< the slot's title, in the folder's language
    QString fileName; ///< relative to the folder
    Kind kind = Kind::Written;
    QString workingCopy; ///< the editable .odt beside it, relative to the folder; empty if none
};

/**
 * The filing as the filing system takes it: one file per upload slot of the case's rule set, named as the slot
 * ("3 个人信息保护影响评估报告电子版.pdf"). The report is the PDF record; the forms and letters are the templates
 * a slot names (RuleSet FilingUpload::document), filled with the version's organisation and facts and the
 * handling person; a slot only a scan can fill gets the scan attached to it in the case, or a note saying what to
 * scan. The report, forms and letters are also written as OpenDocument working copies, in a sub-folder.
 */
class FilingFolder
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::FilingFolder)
public:
    /** The template of \a document ("basic-info", …) for \a language; empty if there is none. */
    static QString templatePath(const QString& document, Language language);

    /** \a document of the slot filled in for \a version and a filing of \a kind; "report" is the PIA report. */
    static std::optional<Report::Filled> fill(const QString& document, const RuleSet& rules, const CaseBundle& bundle,
        const AssessmentVersion& version, FilingKind kind, Language language, QString* error);

    /** \a document as a PDF into \a device. */
    static bool renderPdf(const QString& document, const RuleSet& rules, const CaseBundle& bundle,
        const AssessmentVersion& version, FilingKind kind, Language language, QIODevice* device,
        const Progress& progress, QString* error);

    /** \a document as an ODT working copy into \a device. */
    static bool renderOdt(const QString& document, const RuleSet& rules, const CaseBundle& bundle,
        const AssessmentVersion& version, FilingKind kind, Language language, QIODevice* device, QString* error);

    /**
     * Writes the folder into \a directory (created if missing; files of the same names are replaced, nothing else
     * is touched), each file whole or not at all. \a entries lists what was written, in slot order.
     */
    static bool write(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version, FilingKind kind,
        Language language, const Packet::AttachmentData& attachmentData, const QString& directory,
        QList<FolderEntry>* entries, const Progress& progress, QString* error);

    /** \a name with the characters file systems refuse replaced, and without leading or trailing dots and spaces. */
    static QString safeFileName(const QString& name);
};

} // namespace piadesk
