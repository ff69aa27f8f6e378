#pragma once

#include "gui/wizard/EditorPage.h"

#include <QHash>

namespace Ui {
class DataMapPage;
}

class QLabel;

namespace piadesk {

class Debouncer;

/**
 * The data map (GB/T 39335-2020 Annex C.1/C.2): the version's processing activities, each with the fields its
 * rule set lists (personal information items, individuals, source, collection, purpose, legal basis, storage,
 * transmission, retention, deletion, recipients, transfer abroad). The form is built from the rule set's data.
 */
class DataMapPage : public EditorPage
{
    Q_OBJECT
public:
    DataMapPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~DataMapPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList completenessGroups() const override { return { QStringLiteral("datamap") }; }

protected:
    void retranslateForm() override;

private:
    void retranslateTexts();
    void fillList();
    void showActivity();
    void saveField(const QString& key);
    void addActivity();
    void removeActivity();

    struct Row
    {
        QLabel* label = nullptr;
        QWidget* edit = nullptr; ///< a QLineEdit for the name, a QPlainTextEdit for the others
    };
    const QScopedPointer<Ui::DataMapPage> m_ui;
    Debouncer* m_debouncer;
    QHash<QString, Row> m_rows; ///< by field key
    bool m_readOnly = false;
};

} // namespace piadesk
