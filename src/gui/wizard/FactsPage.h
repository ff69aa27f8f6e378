#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class FactsPage;
}

namespace piadesk {

class FactsPage : public EditorPage
{
    Q_OBJECT
public:
    FactsPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~FactsPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList unsavedFields() const override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    const QScopedPointer<Ui::FactsPage> m_ui;
};

} // namespace piadesk
