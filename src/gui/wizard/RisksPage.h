#pragma once

#include "gui/wizard/EditorPage.h"

#include <QScopedPointer>

namespace Ui {
class RisksPage;
}

class QCheckBox;

namespace piadesk {

class Debouncer;
class MeasureListModel;
class RiskListModel;

/** Risks rated with the rule set's matrix, their measures (the action plan), and the risk map. */
class RisksPage : public EditorPage
{
    Q_OBJECT
public:
    RisksPage(CaseEditor& editor, QWidget* parent = nullptr);
    ~RisksPage() override;
    void refresh(CaseEditor::Parts parts, bool own) override;
    void setReadOnly(bool readOnly) override;
    QStringList completenessGroups() const override { return { QStringLiteral("risks") }; }

protected:
    void retranslateForm() override;

private:
    QString levelText(const RiskMethod& method, const RatedRisk& rated) const;
    void retranslateTexts();
    void showRisk();
    void showMeasure();
    void saveRisk(const QString& key);
    void saveMeasure(const QString& key);
    void addRisk();
    void removeRisk();
    void addMeasure();
    void removeMeasure();
    void showMap();
    const QScopedPointer<Ui::RisksPage> m_ui;
    Debouncer* m_debouncer;
    RiskListModel* m_risks;
    MeasureListModel* m_measures;
    QList<QPair<ImpactKind, QCheckBox*>> m_kinds;
    bool m_readOnly = false;

    int currentRiskRow() const;
    int currentMeasureRow() const;
    void setCurrentRiskRow(int row);
    void setCurrentMeasureRow(int row);
};

} // namespace piadesk
