package io.pitstop.parts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A catalogue part as other packages see it: enough to name it on a line, price it and print its warranty; and whether
 * it is still in the catalogue for new lines ({@code active}).
 */
public record PartRef(UUID id, String partNumber, String nameZh, String nameEn, String brand, PartOrigin origin,
                      String unit, BigDecimal listPrice, Integer warrantyMonths, Integer warrantyKm, boolean active) {
}
