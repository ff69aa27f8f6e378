#pragma once

#include "core/CaseFacts.h"

#include <QMap>
#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace Ui {
class CaseFactsForm;
}

class QCheckBox;

namespace piadesk {

class CaseEditor;
class Debouncer;

/**
 * The facts of a case (where, why, how, on how many people, with what equipment,
 * how the facial information is kept): the same form in the wizard and the case's
 * edit dialog. Like OrganisationForm it commits one field at a time.
 */
class CaseFactsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFactsForm(QWidget* parent = nullptr);
    ~CaseFactsForm() override;

    /** Writes the labels and choices again in the interface language. */
    void retranslate();

    void setFacts(const CaseFacts& facts);
    /** \a base with field \a key replaced by what the form shows. */
    CaseFacts apply(const CaseFacts& base, const QString& key) const;
    void setReadOnly(bool readOnly);
    void setProblem(const QString& key, const QString& problem);
    QStringList unsavedFields() const;
    Debouncer* debouncer() const { return m_debouncer; }
    /**
     * Saves every committed field through \a editor, one edit per field; \a wrap runs each edit (a page
     * marks it as its own). A field that cannot be saved keeps its text and shows why.
     */
    void saveThrough(CaseEditor& editor, std::function<bool(const std::function<bool()>&)> wrap);

Q_SIGNALS:
    void edited(const QStringList& keys);

private:
    void retranslateTexts();
    bool keeps(const QString& key) const;
    QList<Equipment> equipment() const;
    void showEquipment(const QList<Equipment>& equipment);
    const QScopedPointer<Ui::CaseFactsForm> m_ui;
    Debouncer* m_debouncer;
    QMap<QString, QString> m_problems;
    QList<QPair<Method, QCheckBox*>> m_methods;
};

} // namespace piadesk
