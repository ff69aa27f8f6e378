#include "gui/wizard/OrganisationPage.h"

#include "ui_OrganisationPage.h"

namespace piadesk {

OrganisationPage::OrganisationPage(CaseEditor& editor, QWidget* parent)
    : EditorPage(editor, parent)
    , m_ui(new Ui::OrganisationPage)
{
    m_ui->setupUi(this);
    retranslateTexts();
    m_ui->organisationForm->saveThrough(editor, [this](const std::function<bool()>& edit) { return save(edit); });
    connect(m_ui->copyFrom, &QComboBox::activated, this, &OrganisationPage::copyFrom);
}

OrganisationPage::~OrganisationPage() = default;

void OrganisationPage::retranslateTexts()
{
    setSubTitle(tr("The organisation that uses facial recognition, the person responsible for "
                   "personal-information protection, and who the cyberspace administration can contact."));
}

void OrganisationPage::retranslateForm()
{
    m_ui->retranslateUi(this);
    retranslateTexts();
    m_ui->organisationForm->retranslate();
}

void OrganisationPage::refresh(CaseEditor::Parts parts, bool own)
{
    if (!(parts & CaseEditor::Part::Organisation) || own)
        return;
    m_ui->organisationForm->setOrganisation(m_editor.organisation());
    const QSignalBlocker blocker(m_ui->copyFrom);
    m_ui->copyFrom->clear();
    m_ui->copyFrom->addItem(tr("(another organisation)"));
    const QList<Organisation> others = m_editor.otherOrganisations();
    for (const Organisation& o : others)
        m_ui->copyFrom->addItem(o.name, o.id);
    m_ui->copyFrom->setEnabled(m_ui->copyFrom->count() > 1 && !m_editor.isReadOnly());
}

void OrganisationPage::copyFrom(int index)
{
    const qint64 id = m_ui->copyFrom->itemData(index).toLongLong();
    m_ui->copyFrom->setCurrentIndex(0);
    if (!id)
        return;
    // One undoable step; the fields become this case's own copy.
    if (!m_editor.copyOrganisation(id))
        m_ui->organisationForm->setProblem(QStringLiteral("organisationName"), m_editor.errorString());
}

void OrganisationPage::setReadOnly(bool readOnly)
{
    m_ui->organisationForm->setReadOnly(readOnly);
    m_ui->copyFrom->setEnabled(!readOnly && m_ui->copyFrom->count() > 1);
}

QStringList OrganisationPage::unsavedFields() const
{
    return m_ui->organisationForm->unsavedFields();
}

} // namespace piadesk
