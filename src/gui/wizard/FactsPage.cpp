#include "gui/wizard/FactsPage.h"

#include "ui_FactsPage.h"

namespace piadesk {

FactsPage::FactsPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::FactsPage)
{
    m_ui->setupUi(this);
    retranslateTexts();
    m_ui->factsForm->saveThrough(editor, [this](const std::function<bool()>& edit) { return save(edit); });
}

FactsPage::~FactsPage() = default;

void FactsPage::retranslateTexts()
{
    setSubTitle(tr("Where and why facial recognition is used, how, on how many people, and how the facial "
                   "information is kept. Screening and filing are decided from these facts."));
}

void FactsPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_ui->factsForm->retranslate();
}

void FactsPage::refresh(CaseEditor::Parts parts, bool own)
{
    if ((parts & CaseEditor::Part::Facts) && !own)
        m_ui->factsForm->setFacts(m_editor.facts());
}

void FactsPage::setReadOnly(bool readOnly)
{
    m_ui->factsForm->setReadOnly(readOnly);
}

QStringList FactsPage::unsavedFields() const
{
    return m_ui->factsForm->unsavedFields();
}

} // namespace piadesk
