#include "gui/export/PreviewDialog.h"

#include "ui_PreviewDialog.h"

#include "gui/Dialogs.h"

#include <poppler-qt6.h>

#include <QAction>
#include <QDir>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollBar>

namespace piadesk {

namespace {
const QList<int> kZooms { 50, 75, 100, 125, 150, 200, 300, 400 };
}

PreviewDialog::PreviewDialog(const QByteArray& pdf, const QString& suggestedName, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PreviewDialog)
    , m_pdf(pdf)
    , m_suggestedName(suggestedName)
    , m_document(Poppler::Document::loadFromData(pdf))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("previewDialog"));
    if (m_document) {
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }
    m_ui->zoomBox->addItem(QString(), 0);
    for (const int z : kZooms)
        m_ui->zoomBox->addItem(QStringLiteral("%1%").arg(z), z);
    m_ui->zoomBox->setCurrentIndex(m_ui->zoomBox->findData(100));
    m_ui->pageSpin->setMaximum(qMax(1, pageCount()));
    m_ui->thumbnails->setIconSize(QSize(120, 170));
    m_ui->thumbnails->setSpacing(6);
    retranslateTexts();
    for (int i = 0; i < pageCount(); ++i) {
        std::unique_ptr<Poppler::Page> page(m_document->page(i));
        const QImage image = page ? page->renderToImage(20, 20) : QImage();
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), QString::number(i + 1), m_ui->thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_ui->thumbnails, &QListWidget::currentRowChanged, this, &PreviewDialog::setCurrentPage);
    connect(m_ui->pageSpin, &QSpinBox::valueChanged, this, [this](int value) { setCurrentPage(value - 1); });
    connect(m_ui->zoomBox, &QComboBox::currentIndexChanged, this,
        [this] { setZoom(m_ui->zoomBox->currentData().toInt()); });
    const auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::ZoomIn, [this] { stepZoom(+1); });
    addShortcut(QKeySequence::ZoomOut, [this] { stepZoom(-1); });
    addShortcut(QKeySequence(Qt::Key_PageDown), [this] { setCurrentPage(currentPage() + 1); });
    addShortcut(QKeySequence(Qt::Key_PageUp), [this] { setCurrentPage(currentPage() - 1); });
    addShortcut(QKeySequence(Qt::Key_Home), [this] { setCurrentPage(0); });
    addShortcut(QKeySequence(Qt::Key_End), [this] { setCurrentPage(pageCount() - 1); });
    addShortcut(QKeySequence::Print, [this] { m_ui->printButton->click(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::instance().saveFile(this, tr("Save the PDF"), m_suggestedName, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(m_suggestedName);
        if (Dialogs::instance().choosePrinter(this, &printer))
            print(&printer);
    });
    resize(980, 760);
    setCurrentPage(0);
}

void PreviewDialog::retranslateTexts()
{
    setWindowTitle(tr("Preview — %1").arg(m_suggestedName));
    m_ui->zoomBox->setItemText(0, tr("Fit Width"));
    m_ui->pageCount->setText(tr("of %1").arg(pageCount()));
    m_ui->thumbnails->setAccessibleName(tr("Pages"));
    m_ui->pageView->setAccessibleName(tr("Page"));
}

void PreviewDialog::changeEvent(QEvent* event)
{
    if (m_language.isSwitch(event)) {
        m_ui->retranslateUi(this);
        retranslateTexts();
    }
    QDialog::changeEvent(event);
}

PreviewDialog::~PreviewDialog() = default;

int PreviewDialog::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

int PreviewDialog::currentPage() const
{
    return m_ui->pageSpin->value() - 1;
}

void PreviewDialog::setCurrentPage(int page)
{
    if (pageCount() == 0)
        return;
    page = qBound(0, page, pageCount() - 1);
    {
        const QSignalBlocker b1(m_ui->pageSpin), b2(m_ui->thumbnails);
        m_ui->pageSpin->setValue(page + 1);
        m_ui->thumbnails->setCurrentRow(page);
    }
    showPage();
}

void PreviewDialog::setZoom(int percent)
{
    m_zoom = percent;
    const QSignalBlocker blocker(m_ui->zoomBox);
    m_ui->zoomBox->setCurrentIndex(qMax(0, m_ui->zoomBox->findData(percent)));
    showPage();
}

void PreviewDialog::stepZoom(int direction)
{
    int index = kZooms.indexOf(m_zoom);
    if (index < 0)
        index = kZooms.indexOf(100);
    setZoom(kZooms.at(qBound(0, index + direction, int(kZooms.size()) - 1)));
}

void PreviewDialog::showPage()
{
    if (!m_document) {
        m_ui->pageView->setText(tr("The document cannot be shown."));
        return;
    }
    std::unique_ptr<Poppler::Page> page(m_document->page(currentPage()));
    if (!page)
        return;
    const qreal ratio = devicePixelRatioF();
    qreal dpi = 72.0 * m_zoom / 100.0;
    if (m_zoom == 0) // fit the width of the view
        dpi = 72.0 * (m_ui->pageScroll->viewport()->width() - 20) / page->pageSizeF().width();
    QImage image = page->renderToImage(dpi * ratio, dpi * ratio);
    image.setDevicePixelRatio(ratio);
    m_ui->pageView->setPixmap(QPixmap::fromImage(image));
    m_ui->pageView->resize(image.size() / ratio);
    m_ui->pageView->setAccessibleDescription(tr("Page %1 of %2").arg(currentPage() + 1).arg(pageCount()));
}

bool PreviewDialog::print(QPrinter* printer)
{
    if (!m_document)
        return false;
    QPainter painter;
    if (!painter.begin(printer)) {
        Dialogs::instance().inform(this, tr("Not Printed"), tr("The printer cannot be used."));
        return false;
    }
    const int dpi = qMin(printer->resolution(), 300);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            printer->newPage();
        std::unique_ptr<Poppler::Page> page(m_document->page(i));
        const QImage image = page->renderToImage(dpi, dpi);
        const QRectF target = printer->pageLayout().paintRectPixels(printer->resolution());
        const QSizeF size = image.size().scaled(target.size().toSize(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, 0), size), image);
    }
    return painter.end();
}

bool PreviewDialog::saveAs(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        Dialogs::instance().inform(this, tr("Not Saved"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace piadesk
