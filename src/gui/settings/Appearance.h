#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;
class QWidget;

namespace piadesk {

/**
 * The windows' colours and size: Preferences → Appearance chooses the system's palette, a light one or a dark one
 * (Qt 6.4 does not follow a dark desktop by itself where there is no platform theme), and windows open no larger
 * than their screen (at 200 % a 1920 × 1080 screen is 960 × 540 of Qt's pixels).
 */
namespace Appearance {

/** Says when apply() has changed the application's colours. */
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed();
};
Notifier* notifier();

/** Applies \a mode ("system", "light" or "dark") to the whole application, open windows included. */
void apply(const QString& mode);
/** The mode applied last ("system" before any). */
QString mode();
/** Whether the application's palette is dark (its window colour), whatever the mode. */
bool isDark();
/** The dark palette: contrast of at least 7:1 for text, 4.5:1 for the problem red and the links. */
QPalette darkPalette();

/** Colours with a meaning, in the light or the dark variant as the palette is. */
QColor problemColour(); ///< "not saved", "overdue", "refused", prohibited practices
QColor overdueBackground();
QColor dueSoonBackground();

/** The contrast ratio of two colours after WCAG 2 (1 to 21). */
double contrast(const QColor& a, const QColor& b);

/** Shrinks \a window, if need be, so that it fits on its screen's available area, and moves it onto it. */
void fitToScreen(QWidget* window);
/** Every top-level window is fitted to its screen when it is first shown. */
void keepWindowsOnScreen(QApplication& app);

} // namespace Appearance
} // namespace piadesk
