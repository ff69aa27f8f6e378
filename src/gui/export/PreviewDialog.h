#pragma once

#include "gui/FormSupport.h"

#include <QByteArray>
#include <QDialog>
#include <QScopedPointer>

#include <memory>

namespace Ui {
class PreviewDialog;
}
namespace Poppler {
class Document;
}
class QPrinter;

namespace piadesk {

/**
 * A PDF before it is saved or printed, read back with Poppler as the authority would
 * read it: page thumbnails, zoom (Ctrl++, Ctrl+-), page navigation (Page Up/Down),
 * Save As and Print.
 */
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /** Shows \a pdf; \a suggestedName is offered when saving. */
    PreviewDialog(const QByteArray& pdf, const QString& suggestedName, QWidget* parent = nullptr);
    ~PreviewDialog() override;

    bool isValid() const { return m_document != nullptr; }
    int pageCount() const;
    int currentPage() const; ///< 0-based
    void setCurrentPage(int page);
    /** The zoom, in percent of 72 dpi; 0: fit the width. */
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    /** Prints every page on \a printer; false (and a message) when the printer cannot be used. */
    bool print(QPrinter* printer);
    /** Writes the PDF to \a path. */
    bool saveAs(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateTexts();
    void showPage();
    void stepZoom(int direction);
    const QScopedPointer<Ui::PreviewDialog> m_ui;
    QByteArray m_pdf;
    QString m_suggestedName;
    std::unique_ptr<Poppler::Document> m_document;
    int m_zoom = 100;
    LanguageSwitch m_language;
};

} // namespace piadesk
