#pragma once

#include "session/CaseOverview.h"

#include <QScopedPointer>
#include <QWidget>

#include <optional>

namespace Ui {
class CaseView;
}

class QAction;

namespace piadesk {

/**
 * The case selected in the register, at a glance: who and what, its latest version's standing (completeness,
 * prohibited practices, conditions, risk), its filing obligation and filings, the next deadlines with how they
 * were counted, the open measures, retention, and its versions — each openable (read-only once final), any two
 * comparable. The actions that fit its state are the main window's own.
 */
class CaseView : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget* parent = nullptr);
    ~CaseView() override;

    /** The main window's case actions, shown as buttons (they follow its selection and state). */
    void setActions(QAction* open, QAction* reassess, QAction* filings, QAction* exportDocuments);
    /** What the empty state offers, for a case file without any case: a new assessment, an import, a demo file. */
    void setStartActions(QAction* newAssessment, QAction* import, QAction* demo);
    /** Whether the store (a case file, or a team store with \a teamStore) holds no case: how to begin is shown. */
    void setFileEmpty(bool empty, bool teamStore = false);
    /** Shows \a overview; nothing (an empty state) without one. */
    void showCase(std::optional<CaseOverview> overview);
    /** Whether the store takes changes: read-only, a version cannot be deleted here. */
    void setWritable(bool writable);
    const CaseOverview* overview() const { return m_overview ? &*m_overview : nullptr; }
    /** The version numbers selected in the version list, in order. */
    QList<int> selectedVersions() const;
    void retranslate();

Q_SIGNALS:
    void openVersion(qint64 caseId, int number);
    void compareVersions(qint64 caseId, int before, int after);
    void deleteVersion(qint64 caseId, int number);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateVersionButtons();
    QString summaryHtml() const;

    const QScopedPointer<Ui::CaseView> m_ui;
    std::optional<CaseOverview> m_overview;
    bool m_fileEmpty = false;
    bool m_teamStore = false;
    bool m_writable = true;
};

} // namespace piadesk
