#pragma once

#include "core/Organisation.h"

#include <QMap>
#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace Ui {
class OrganisationForm;
}

namespace piadesk {

class CaseEditor;
class Debouncer;

/**
 * The organisation, its person responsible for personal-information protection and
 * its filing contact: the same form in the wizard and in the case's edit dialog.
 * It commits one field at a time (edited()), so that a field that cannot be saved
 * (an invalid credit code) never holds the others back; its text stays, with the
 * reason beside it.
 */
class OrganisationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget* parent = nullptr);
    ~OrganisationForm() override;

    /** Writes the labels again in the interface language. */
    void retranslate();

    /** Shows \a organisation; fields the user is editing and those that could not be saved keep their text. */
    void setOrganisation(const Organisation& organisation);
    /** \a base with field \a key replaced by what the form shows. */
    Organisation apply(const Organisation& base, const QString& key) const;
    void setReadOnly(bool readOnly);
    /** Says why field \a key could not be saved (empty: it was). */
    void setProblem(const QString& key, const QString& problem);
    /** The fields whose text could not be saved, by their labels. */
    QStringList unsavedFields() const;
    Debouncer* debouncer() const { return m_debouncer; }
    /**
     * Saves every committed field through \a editor, one edit per field; \a wrap runs each edit (a page
     * marks it as its own). A field that cannot be saved keeps its text and shows why.
     */
    void saveThrough(CaseEditor& editor, std::function<bool(const std::function<bool()>&)> wrap);

Q_SIGNALS:
    /** Fields to save, by key. */
    void edited(const QStringList& keys);

private:
    QString* field(Organisation& o, const QString& key) const;
    const QScopedPointer<Ui::OrganisationForm> m_ui;
    Debouncer* m_debouncer;
    QMap<QString, QString> m_problems;
};

} // namespace piadesk
