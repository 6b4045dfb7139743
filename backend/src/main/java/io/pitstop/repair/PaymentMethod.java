package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the owner paid at hand-over")
public enum PaymentMethod {
    CASH, CARD, WECHAT_PAY, ALIPAY, BANK_TRANSFER, OTHER;
}
