#include "gui/export/ExportDialog.h"
#include "documents/Packet.h"
#include "workflow/Workflow.h"

#include "ui_ExportDialog.h"

#include "gui/Dialogs.h"
#include "gui/export/PreviewDialog.h"
#include "session/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QSaveFile>

namespace piadesk {

ExportDialog::ExportDialog(Workspace& workspace, const RuleSetLibrary& rules, const WorkCalendar& calendar,
    qint64 caseId, Language defaultLanguage, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ExportDialog)
    , m_workspace(workspace)
    , m_rules(rules)
    , m_calendar(calendar)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    if (!workspace.loadCase(caseId, &m_bundle))
        m_ui->statusLabel->setText(workspace.errorString());
    m_ui->documentKind->addItem(QString(), int(ExportRequest::Document::Report));
    m_ui->documentKind->addItem(QString(), int(ExportRequest::Document::Packet));
    m_ui->documentKind->addItem(QString(), int(ExportRequest::Document::Folder));
    m_ui->documentKind->addItem(QString(), int(ExportRequest::Document::Workbook));
    m_ui->documentKind->addItem(QString(), int(ExportRequest::Document::WorkingCopy));
    for (const auto& entry : enumEntries<FilingKind>())
        m_ui->filingKind->addItem(QString(), int(entry.value));
    for (auto it = m_bundle.assessments.crbegin(); it != m_bundle.assessments.crend(); ++it)
        m_ui->versionBox->addItem(QString(), it->number);
    retranslateTexts();
    m_ui->languageBox->addItem(QStringLiteral("中文（简体）"), int(Language::Chinese));
    m_ui->languageBox->addItem(QStringLiteral("English"), int(Language::English));
    m_ui->languageBox->setCurrentIndex(m_ui->languageBox->findData(int(defaultLanguage)));
    connect(m_ui->documentKind, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_ui->versionBox, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    connect(m_ui->languageBox, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT languageChosen(request().language); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const ExportRequest r = request();
        // A filing the rules do not require is made only when the officer means to file voluntarily.
        if (const QString why = DocumentExport::voluntaryFiling(m_rules, m_bundle, r); !why.isEmpty()
            && !Dialogs::instance().ask(this, tr("Voluntary Filing"),
                tr("%1\n\nExport the documents of a voluntary filing anyway?").arg(why),
                tr("Export for a Voluntary Filing"), tr("Cancel"))) {
            m_ui->statusLabel->setText(tr("Not exported: the rules do not require this filing."));
            return;
        }
        if (r.document == ExportRequest::Document::Folder) {
            const QString directory
                = Dialogs::instance().chooseDirectory(this, tr("Export the Filing Folder Into"), QDir::homePath());
            if (!directory.isEmpty())
                saveFolder(QDir(directory).filePath(DocumentExport::suggestedFileName(m_bundle, r)));
            return;
        }
        const QString path = Dialogs::instance().saveFile(this, tr("Export"),
            QDir::home().filePath(DocumentExport::suggestedFileName(m_bundle, r)),
            r.isPdf()                                                ? tr("PDF (*.pdf)")
                : r.document == ExportRequest::Document::WorkingCopy ? tr("OpenDocument text (*.odt)")
                                                                     : tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            saveTo(path);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    update();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::retranslateTexts()
{
    setWindowTitle(tr("Export Documents — %1").arg(m_bundle.caseInfo.facts.name));
    m_ui->caseLabel->setText(tr("Case: %1 (%2)").arg(m_bundle.caseInfo.facts.name, m_bundle.organisation.name));
    m_ui->documentKind->setItemText(0, tr("Assessment report (PDF)"));
    m_ui->documentKind->setItemText(1, tr("Filing packet (PDF)"));
    m_ui->documentKind->setItemText(2, tr("Filing folder (one file per upload)"));
    m_ui->documentKind->setItemText(3, tr("Filing workbook (Excel)"));
    m_ui->documentKind->setItemText(4, tr("Working copy of the report (ODT, editable; not the record)"));
    for (int i = 0; i < m_ui->filingKind->count(); ++i)
        m_ui->filingKind->setItemText(i, enumLabel(FilingKind(m_ui->filingKind->itemData(i).toInt())));
    for (int i = 0; i < m_ui->versionBox->count(); ++i) {
        const int number = m_ui->versionBox->itemData(i).toInt();
        for (const AssessmentVersion& v : std::as_const(m_bundle.assessments)) {
            if (v.number == number)
                m_ui->versionBox->setItemText(i, tr("Version %1 — %2").arg(number).arg(enumLabel(v.state)));
        }
    }
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        m_ui->retranslateUi(this);
        retranslateTexts();
        update();
    }
    QDialog::changeEvent(event);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.document = ExportRequest::Document(m_ui->documentKind->currentData().toInt());
    r.filing = FilingKind(m_ui->filingKind->currentData().toInt());
    r.versionNumber = m_ui->versionBox->currentData().toInt();
    r.language = Language(m_ui->languageBox->currentData().toInt());
    return r;
}

void ExportDialog::setRequest(const ExportRequest& r)
{
    m_ui->documentKind->setCurrentIndex(m_ui->documentKind->findData(int(r.document)));
    m_ui->filingKind->setCurrentIndex(m_ui->filingKind->findData(int(r.filing)));
    m_ui->versionBox->setCurrentIndex(qMax(0, m_ui->versionBox->findData(r.versionNumber)));
    m_ui->languageBox->setCurrentIndex(m_ui->languageBox->findData(int(r.language)));
}

void ExportDialog::update()
{
    const ExportRequest r = request();
    m_ui->filingKind->setEnabled(r.isFiling());
    m_ui->previewButton->setEnabled(r.isPdf() && !m_bundle.assessments.isEmpty());
    m_ui->saveButton->setEnabled(!m_bundle.assessments.isEmpty());
    if (m_bundle.assessments.isEmpty()) {
        m_ui->statusLabel->setText(tr("The case has no assessment yet: there is nothing to export."));
        return;
    }
    // A packet is for filing: say so before it is made when its version cannot rest a filing.
    const AssessmentVersion* v = Workflow::version(m_bundle, r.versionNumber);
    const RuleSet* rules = v ? Workflow::ruleSetFor(m_rules, m_bundle.caseInfo, *v, nullptr) : nullptr;
    const QString notReady = r.isFiling() && rules ? Packet::readiness(*rules, m_bundle, *v) : QString();
    if (r.document == ExportRequest::Document::Folder && rules && rules->filing.uploads.isEmpty()) {
        m_ui->statusLabel->setText(tr("%1 name no upload slots of a filing system: export the filing packet as one "
                                      "PDF instead.")
                                       .arg(rules->label()));
        m_ui->saveButton->setEnabled(false);
        return;
    }
    m_ui->statusLabel->setText(notReady);
}

bool ExportDialog::renderDocument(QByteArray* out)
{
    QProgressDialog progress(tr("Rendering the document…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setObjectName(QStringLiteral("exportProgress"));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = DocumentExport::render(
        m_workspace.store(), m_rules, m_calendar, m_bundle, request(), out,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done); // a window-modal progress dialog keeps the window responsive
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    m_ui->statusLabel->setText(
        ok ? tr("Rendered in %1 s.").arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)) : error);
    return ok;
}

PreviewDialog* ExportDialog::preview()
{
    QByteArray pdf;
    if (!request().isPdf() || !renderDocument(&pdf))
        return nullptr;
    auto* dialog = new PreviewDialog(pdf, DocumentExport::suggestedFileName(m_bundle, request()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool ExportDialog::saveFolder(const QString& directory)
{
    QProgressDialog progress(tr("Writing the filing folder…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QList<FolderEntry> entries;
    QString error;
    const bool ok = DocumentExport::writeFolder(
        m_workspace.store(), m_rules, m_bundle, request(), directory, &entries,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (!ok) {
        m_ui->statusLabel->setText(error);
        return false;
    }
    int toSeal = 0;
    int toScan = 0;
    for (const FolderEntry& e : std::as_const(entries)) {
        toSeal += e.kind == FolderEntry::Kind::ToSeal;
        toScan += e.kind == FolderEntry::Kind::ScanNeeded;
    }
    m_ui->statusLabel->setText(tr("Written into %1: %n file(s), one per upload.", "", int(entries.size()))
                                   .arg(QDir::toNativeSeparators(directory))
        + QLatin1Char(' ') + tr("To print, sign and seal: %1. Scans still to attach: %2.").arg(toSeal).arg(toScan));
    return true;
}

bool ExportDialog::saveTo(const QString& path)
{
    QByteArray bytes;
    if (!renderDocument(&bytes))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_ui->statusLabel->setText(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_ui->statusLabel->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace piadesk
