#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class OrganisationPage;
}

namespace piadesk {

class OrganisationPage : public EditorPage
{
    Q_OBJECT
public:
    OrganisationPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~OrganisationPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList unsavedFields() const override;

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void copyFrom(int index);
    const QScopedPointer<Ui::OrganisationPage> m_ui;
};

} // namespace piadesk
