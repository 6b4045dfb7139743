package io.pitstop.feedback;

import io.pitstop.common.Detail;
import io.pitstop.common.DomainException;

/**
 * A rule about the object, not the role (403): a complaint or a follow-up problem is handled by whom it is assigned to,
 * customer service and the managers, not by any member of staff. Said in the client's language.
 */
public class NotTheHandlerException extends DomainException {

    public NotTheHandlerException(Detail detail) {
        super(403, "forbidden", "Forbidden", detail, null);
    }
}
