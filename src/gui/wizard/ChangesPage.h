#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class ChangesPage;
}

namespace piadesk {

/** A re-assessment's first page: its trigger, the items to review, and what changed side by side. */
class ChangesPage : public EditorPage
{
    Q_OBJECT
public:
    ChangesPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~ChangesPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool) override { }

protected:
    void retranslateForm() override;

private:
    const QScopedPointer<Ui::ChangesPage> m_ui;
};

} // namespace piadesk
