package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;

class UnitFieldsTest {

    @Test
    void tellsTheLanguageByItsPrimarySubtag() {
        assertThat(UnitFields.side("en")).isEqualTo(UnitFields.Side.ENGLISH);
        assertThat(UnitFields.side("EN-US")).isEqualTo(UnitFields.Side.ENGLISH);
        assertThat(UnitFields.side("en_GB")).isEqualTo(UnitFields.Side.ENGLISH);
        assertThat(UnitFields.side("vi-VN")).isEqualTo(UnitFields.Side.VIETNAMESE);
        assertThat(UnitFields.side("vie")).isEqualTo(UnitFields.Side.VIETNAMESE);
        assertThat(UnitFields.side("enm")).isEqualTo(UnitFields.Side.OTHER);
        assertThat(UnitFields.side("el")).isEqualTo(UnitFields.Side.OTHER);
        assertThat(UnitFields.side("")).isEqualTo(UnitFields.Side.OTHER);
    }

    @Test
    void readsStatusConfidenceAndRowWithEmptyMeaningUnknown() {
        assertThat(UnitFields.status(" Confirmed ")).isEqualTo(RowStatus.CONFIRMED);
        assertThat(UnitFields.status("")).isEqualTo(RowStatus.UNCONFIRMED);
        assertThat(UnitFields.confidence("0.8100")).isEqualTo(new Confidence(0.81));
        assertThat(UnitFields.confidence("")).isEqualTo(Confidence.UNKNOWN);
        assertThat(UnitFields.row("12")).isEqualTo(12);
        assertThat(UnitFields.row(" ")).isZero();
    }

    @Test
    void refusesValuesItCannotReadNamingThem() {
        assertThatThrownBy(() -> UnitFields.status("done")).hasMessage("status 'done' is not confirmed or unconfirmed");
        assertThatThrownBy(() -> UnitFields.confidence("1.5")).hasMessage("confidence '1.5' is not a number from 0 to 1");
        assertThatThrownBy(() -> UnitFields.confidence("NaN")).hasMessage("confidence 'NaN' is not a number from 0 to 1");
        assertThatThrownBy(() -> UnitFields.row("0")).hasMessage("row '0' is not a row number of 1 or more");
        assertThatThrownBy(() -> UnitFields.row("two")).hasMessage("row 'two' is not a row number of 1 or more");
    }
}
