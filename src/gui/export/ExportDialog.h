#pragma once

#include "gui/FormSupport.h"

#include "core/CaseBundle.h"
#include "documents/DocumentExport.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ExportDialog;
}

namespace piadesk {

class Workspace;
class PreviewDialog;
class RuleSetLibrary;
class WorkCalendar;

/**
 * Exports the documents of one case: the report, the filing packet of a kind, or the
 * workbook, of a chosen version, in a chosen language (Chinese by default, as the
 * authority reads it; the settings can change that). PDFs can be previewed first.
 * Rendering shows progress and can be cancelled.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Workspace& workspace, const RuleSetLibrary& rules, const WorkCalendar& calendar, qint64 caseId,
        Language defaultLanguage, QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportRequest request() const;
    void setRequest(const ExportRequest& request);
    /** Renders the chosen document; false when it fails or is cancelled (the status line says which). */
    bool renderDocument(QByteArray* out);
    /** Renders and opens the preview; nullptr for the workbook or when rendering fails. */
    PreviewDialog* preview();
    /** Renders and writes the document to \a path. */
    bool saveTo(const QString& path);
    /** Writes the filing folder into \a directory. */
    bool saveFolder(const QString& directory);

Q_SIGNALS:
    /** The language chosen, to remember as the default. */
    void languageChosen(piadesk::Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateTexts();
    void update();
    const QScopedPointer<Ui::ExportDialog> m_ui;
    Workspace& m_workspace;
    const RuleSetLibrary& m_rules;
    const WorkCalendar& m_calendar;
    CaseBundle m_bundle;
    LanguageSwitch m_language;
};

} // namespace piadesk
