#pragma once

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace piadesk {

/** What File → Connect to Team Store… asks for: the server, the database and who connects. */
struct TeamStoreLogin
{
    QString host; ///< a server's name or address; a socket folder ("/var/run/postgresql"); empty: this computer
    int port = 5432;
    QString database = QStringLiteral("piadesk");
    QString user;
    QString password; ///< empty: from ~/.pgpass (or none); never stored
};

/**
 * The seam for the dialogs that ask the user something: file choosers and yes/no
 * questions. The application uses the native ones; GUI tests install a scripted
 * subclass so that no test ever waits on a modal dialog.
 */
class Dialogs
{
public:
    virtual ~Dialogs() = default;

    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter);
    virtual QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    /** A folder to write into, \a suggested first; empty when cancelled. */
    virtual QString chooseDirectory(QWidget* parent, const QString& title, const QString& suggested);
    /** Lets the user choose and set up \a printer; false when cancelled. */
    virtual bool choosePrinter(QWidget* parent, QPrinter* printer);
    /** Asks where the team store is and who connects, \a login filled in first; false when cancelled. */
    virtual bool teamStoreLogin(QWidget* parent, TeamStoreLogin* login);
    /** Tells the user something that went wrong, and waits until it is read. */
    virtual void inform(QWidget* parent, const QString& title, const QString& text);
    /** Asks a question; true when the user chose \a yes. */
    virtual bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yes, const QString& no);

    /** The dialogs in use. */
    static Dialogs& instance();
    /** Uses \a dialogs from now on (nullptr: the native ones again); the caller keeps ownership. */
    static void install(Dialogs* dialogs);
};

} // namespace piadesk
