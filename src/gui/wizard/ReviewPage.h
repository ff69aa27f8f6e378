#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class ReviewPage;
}

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace piadesk {

class DateField;
class Debouncer;

/** Completeness per section, the red flags, the sign-off, and finalization. */
class ReviewPage : public EditorPage
{
    Q_OBJECT
public:
    ReviewPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~ReviewPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    /** Finalizes the version if the engine allows it; otherwise shows why not. */
    bool finalizeVersion();
    QStringList completenessGroups() const override { return { QStringLiteral("signoff") }; }

Q_SIGNALS:
    void finalized();
    /** A missing item was chosen in the review's list: show where it is filled in (group, question or flag id). */
    void showItem(const QString& group, const QString& subject);

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void saveSignOff(const QString& key);
    void saveAcceptance();
    void saveMethod();
    void showResult(const QString& text);
    const QScopedPointer<Ui::ReviewPage> m_ui;
    Debouncer* m_debouncer;
    QGroupBox* m_acceptanceGroup = nullptr;
    QLabel* m_acceptanceLabel = nullptr;
    QLineEdit* m_acceptedBy = nullptr;
    DateField* m_acceptedOn = nullptr;
    QPlainTextEdit* m_acceptanceReason = nullptr;
    QFormLayout* m_acceptanceLayout = nullptr;
    QGroupBox* m_methodGroup = nullptr; ///< how the assessment was done, when the rule set lists methods
    QFormLayout* m_methodLayout = nullptr;
    QWidget* m_methods = nullptr;
    QList<QCheckBox*> m_methodBoxes;
    QPlainTextEdit* m_independence = nullptr;
    bool m_readOnly = false;
};

} // namespace piadesk
