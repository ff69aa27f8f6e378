#include "gui/case/OrganisationForm.h"

#include "ui_OrganisationForm.h"

#include "gui/Debouncer.h"
#include "gui/FormSupport.h"
#include "session/CaseEditor.h"

namespace piadesk {

OrganisationForm::OrganisationForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::OrganisationForm)
    , m_debouncer(new Debouncer(this))
{
    m_ui->setupUi(this);
    const auto edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        m_debouncer->watch(edit, edit->objectName());
    connect(m_debouncer, &Debouncer::commit, this, &OrganisationForm::edited);
}

OrganisationForm::~OrganisationForm() = default;

void OrganisationForm::retranslate()
{
    m_ui->retranslateUi(this);
}

QString* OrganisationForm::field(Organisation& o, const QString& key) const
{
    static const QMap<QString, QString Organisation::*> organisation {
        { QStringLiteral("organisationName"), &Organisation::name },
        { QStringLiteral("creditCode"), &Organisation::creditCode },
        { QStringLiteral("address"), &Organisation::address },
        { QStringLiteral("legalRepresentative"), &Organisation::legalRepresentative },
    };
    static const QMap<QString, QString ContactPerson::*> person {
        { QStringLiteral("Name"), &ContactPerson::name },
        { QStringLiteral("Title"), &ContactPerson::title },
        { QStringLiteral("Phone"), &ContactPerson::phone },
        { QStringLiteral("Email"), &ContactPerson::email },
    };
    static const QMap<QString, QString HandlingPerson::*> handler {
        { QStringLiteral("Name"), &HandlingPerson::name },
        { QStringLiteral("IdType"), &HandlingPerson::idType },
        { QStringLiteral("IdNumber"), &HandlingPerson::idNumber },
        { QStringLiteral("Phone"), &HandlingPerson::phone },
    };
    if (auto it = organisation.find(key); it != organisation.end())
        return &(o.*(*it));
    if (key.startsWith(QLatin1String("responsible")))
        return &(o.responsiblePerson.*(person.value(key.mid(11))));
    if (key.startsWith(QLatin1String("contact")))
        return &(o.contact.*(person.value(key.mid(7))));
    if (key.startsWith(QLatin1String("handler")) && handler.contains(key.mid(7)))
        return &(o.handlingPerson.*(handler.value(key.mid(7))));
    return nullptr;
}

void OrganisationForm::setOrganisation(const Organisation& organisation)
{
    Organisation o = organisation;
    const auto edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        const QString key = edit->objectName();
        if (m_problems.contains(key) || (edit->hasFocus() && m_debouncer->isPending()))
            continue;
        if (const QString* value = field(o, key))
            FormSupport::setText(edit, *value);
    }
}

Organisation OrganisationForm::apply(const Organisation& base, const QString& key) const
{
    Organisation o = base;
    auto* edit = findChild<QLineEdit*>(key);
    if (QString* value = field(o, key); value && edit)
        *value = edit->text().trimmed();
    return o;
}

void OrganisationForm::setReadOnly(bool readOnly)
{
    const auto edits = findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        edit->setReadOnly(readOnly);
}

void OrganisationForm::setProblem(const QString& key, const QString& problem)
{
    FormSupport::setProblem(this, m_problems, m_ui->problemLabel, key, problem);
}

QStringList OrganisationForm::unsavedFields() const
{
    return FormSupport::labelsOf(this, m_problems.keys());
}

void OrganisationForm::saveThrough(CaseEditor& editor, std::function<bool(const std::function<bool()>&)> wrap)
{
    connect(this, &OrganisationForm::edited, this, [this, &editor, wrap](const QStringList& keys) {
        for (const QString& key : keys) {
            const bool ok = wrap([&] { return editor.setOrganisation(apply(editor.organisation(), key), key); });
            setProblem(key, ok ? QString() : editor.errorString());
        }
    });
}

} // namespace piadesk
