#pragma once

#include "gui/FormSupport.h"

#include <QDialog>

class QTextBrowser;

namespace piadesk {

/**
 * Help → User Guide: the user guide shipped with PIAdesk (docs/user-guide.<language>.md among the data files), in
 * the interface language, English where there is none. It follows a switch of language.
 */
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    /** The guide's data file for the interface language now, or English; empty when neither is there. */
    static QString guidePath();
    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    QTextBrowser* m_browser;
    LanguageSwitch m_language;
};

} // namespace piadesk
