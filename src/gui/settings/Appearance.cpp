#include "gui/settings/Appearance.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

namespace piadesk::Appearance {

namespace {

struct Original
{
    QString style;
    QPalette palette;
};

/** The style and palette the application started with: what "system" goes back to. */
const Original& original()
{
    static const Original o { QApplication::style()->name(), QApplication::palette() };
    return o;
}

QString& current()
{
    static QString m = QStringLiteral("system");
    return m;
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

/** Fits each top-level window the first time it is shown. */
class ScreenFit : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isWindow() && !widget->property("piadeskFitted").toBool() && widget->windowType() != Qt::Popup
                && widget->windowType() != Qt::ToolTip) {
                widget->setProperty("piadeskFitted", true);
                fitToScreen(widget);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QPalette darkPalette()
{
    QPalette p;
    // Fields (base) clearly darker than the window around them, so that their edges show in Fusion.
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x1c, 0x1c, 0x1c);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x48, 0x48, 0x48));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

void apply(const QString& requested)
{
    const Original& o = original();
    const QString mode = requested == QLatin1String("light") || requested == QLatin1String("dark")
        ? requested
        : QStringLiteral("system");
    if (mode == QLatin1String("dark")) {
        // Fusion draws every part from the palette; the desktop's own style may not.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        if (QApplication::style()->name() != o.style)
            QApplication::setStyle(QStyleFactory::create(o.style));
        QApplication::setPalette(mode == QLatin1String("light") ? QApplication::style()->standardPalette() : o.palette);
    }
    current() = mode;
    Q_EMIT notifier()->changed();
}

Notifier* notifier()
{
    static Notifier* n = new Notifier(QCoreApplication::instance());
    return n;
}

QString mode()
{
    return current();
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor problemColour()
{
    return isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor overdueBackground()
{
    return isDark() ? QColor(0x5a, 0x1e, 0x22) : QColor(0xfd, 0xe7, 0xe9);
}

QColor dueSoonBackground()
{
    return isDark() ? QColor(0x4d, 0x3c, 0x0e) : QColor(0xff, 0xf4, 0xd6);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void fitToScreen(QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is not known before the window is mapped: leave room for a title bar and borders.
    const QSize frame = window->frameGeometry().size() - window->size();
    const QSize room(available.width() - qMax(frame.width(), 8), available.height() - qMax(frame.height(), 40));
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect placed(window->pos(), window->size());
    if (!available.contains(placed)) {
        placed.moveLeft(
            qBound(available.left(), placed.left(), qMax(available.left(), available.right() - placed.width())));
        placed.moveTop(
            qBound(available.top(), placed.top(), qMax(available.top(), available.bottom() - placed.height())));
        window->move(placed.topLeft());
    }
}

void keepWindowsOnScreen(QApplication& app)
{
    app.installEventFilter(new ScreenFit(&app));
}

} // namespace piadesk::Appearance
