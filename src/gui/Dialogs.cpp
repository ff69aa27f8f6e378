#include "gui/Dialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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

bool Dialogs::teamStoreLogin(QWidget* parent, TeamStoreLogin* login)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("piadesk::Dialogs", text); };
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Connect to Team Store"));
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto* form = new QFormLayout;
    auto* host = new QLineEdit(login->host);
    host->setObjectName(QStringLiteral("teamStoreHost"));
    host->setPlaceholderText(tr("this computer"));
    auto* port = new QSpinBox;
    port->setObjectName(QStringLiteral("teamStorePort"));
    port->setRange(1, 65535);
    port->setValue(login->port);
    auto* database = new QLineEdit(login->database);
    database->setObjectName(QStringLiteral("teamStoreDatabase"));
    auto* user = new QLineEdit(login->user);
    user->setObjectName(QStringLiteral("teamStoreUser"));
    auto* password = new QLineEdit(login->password);
    password->setObjectName(QStringLiteral("teamStorePassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("from ~/.pgpass"));
    form->addRow(tr("&Server:"), host);
    form->addRow(tr("&Port:"), port);
    form->addRow(tr("&Database:"), database);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("Pass&word:"), password);
    auto* note = new QLabel(tr("A team store is a PostgreSQL database that several officers share; its "
                               "administrator gives you the server, the database and your user. The password is "
                               "used to connect and not kept."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (login->user.isEmpty())
        user->setFocus();
    else
        password->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    login->host = host->text().trimmed();
    login->port = port->value();
    login->database = database->text().trimmed();
    login->user = user->text().trimmed();
    login->password = password->text();
    return true;
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
