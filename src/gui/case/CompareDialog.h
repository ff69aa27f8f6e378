#pragma once

#include "session/VersionDiff.h"

#include <QDialog>

class QTableWidget;

namespace piadesk {

/** Two versions of a case side by side: every item that differs, with what each version says. */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(
        const QString& caseName, int before, int after, const QList<DiffRow>& rows, QWidget* parent = nullptr);

private:
    QTableWidget* m_table;
};

} // namespace piadesk
