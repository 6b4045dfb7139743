package io.pitstop.appraisal;

import io.pitstop.common.Detail;
import io.pitstop.common.DomainException;

/**
 * A rating by someone who may not give it: only the staff member (self-assessment) or a manager (supervisor) rates a
 * month. A rule of the appraisal, not of the caller's role alone, so the service says it (403, said in the client's
 * language).
 */
public class RatingRefused extends DomainException {

    public RatingRefused() {
        super(403, "forbidden", "Forbidden", Detail.of("problem.appraisal.not-yours-to-rate"), null);
    }
}
