#include "gui/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>

namespace piadesk {

namespace {
Dialogs* g_installed = nullptr;
}

QString Dialogs::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList Dialogs::openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString Dialogs::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::chooseDirectory(QWidget* parent, const QString& title, const QString& suggested)
{
    return QFileDialog::getExistingDirectory(parent, title, suggested);
}

bool Dialogs::ask(QWidget* parent, const QString& title, const QString& text, const QString& yes, const QString& no)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

bool Dialogs::choosePrinter(QWidget* parent, QPrinter* printer)
{
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void Dialogs::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

Dialogs& Dialogs::instance()
{
    static Dialogs native;
    return g_installed ? *g_installed : native;
}

void Dialogs::install(Dialogs* dialogs)
{
    g_installed = dialogs;
}

} // namespace piadesk
