#include "gui/wizard/EditorPage.h"

namespace piadesk {

EditorPage::EditorPage(CaseEditor& editor, QWidget* parent)
    : QWizardPage(parent)
    , m_editor(editor)
{
    // QWizard keeps pages at their preferred height unless they ask for more: these fill the window.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

bool EditorPage::save(const std::function<bool()>& edit)
{
    m_saving = true;
    const bool ok = edit();
    m_saving = false;
    return ok;
}

void EditorPage::retranslate()
{
    retranslateForm();
    refresh(CaseEditor::kAll, false);
}

Language EditorPage::language() const
{
    return languageFor(QLocale());
}

} // namespace piadesk
