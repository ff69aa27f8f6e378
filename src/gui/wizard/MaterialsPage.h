#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class MaterialsPage;
}

namespace piadesk {

/** The Art. 16 filing materials, what of the case fills each, and the files attached to them. */
class MaterialsPage : public EditorPage
{
    Q_OBJECT
public:
    MaterialsPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~MaterialsPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    /** Attaches the files at \a paths to the selected material. */
    void attachFiles(const QStringList& paths);

protected:
    void retranslateForm() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateTexts();
    void connectButtons();
    QString currentMaterial() const;
    void showAttachments();
    const QScopedPointer<Ui::MaterialsPage> m_ui;
    bool m_readOnly = false;
};

} // namespace piadesk
