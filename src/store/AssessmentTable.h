#pragma once

#include "core/Assessment.h"
#include <QList>

namespace piadesk {

struct StoreContext;

/** The assessment table and its content (answers, risks, measures, processing activities). */
namespace AssessmentTable {

/** Inserts the answers, risks, measures and activities of \a content as those of version \a assessmentId. */
bool insertContent(StoreContext& store, qint64 assessmentId, const AssessmentVersion& content);

/** The versions of case \a caseId with their content, or only version \a onlyId when it is not 0. */
bool load(StoreContext& store, qint64 caseId, QList<AssessmentVersion>* out, qint64 onlyId = 0);

} // namespace AssessmentTable
} // namespace piadesk
