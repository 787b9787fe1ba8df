package org.songngu.ui.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.songngu.core.qa.QaCheck;
import org.songngu.core.qa.QaFinding;
import org.songngu.ui.app.KeepsDefaultLocale;

@ExtendWith(KeepsDefaultLocale.class)
class FindingTextTest {

    @Test
    void findingsReadInEnglishLikeTheCommandLineWithTypographicQuotes() {
        Locale.setDefault(Locale.ENGLISH);

        assertThat(FindingText.detail(new QaFinding.MissingTerm(2, "procedure", List.of("thủ thuật", "quy trình"))))
                .isEqualTo("“procedure” without any of its approved renderings “thủ thuật” or “quy trình”");
        assertThat(FindingText.detail(new QaFinding.MissingTerm(13, "donor", List.of("người hiến"))))
                .isEqualTo("“donor” without its approved rendering “người hiến”");
        assertThat(FindingText.detail(new QaFinding.ForbiddenTerm(27, "retransfusion", "tái truyền máu",
                List.of("truyền máu ngược")))).isEqualTo("“tái truyền máu” is forbidden for “retransfusion”; use “truyền máu ngược”");
        assertThat(FindingText.detail(new QaFinding.NumbersDiffer(3, List.of("3"), List.of("4", "1,5"))))
                .isEqualTo("only in the English: 3; only in the Vietnamese: 4, 1,5");
        assertThat(FindingText.detail(new QaFinding.LengthRatio(10, 7.3636, 0.71, 1.26)))
                .isEqualTo("the Vietnamese is 7.4 times as long as the English; this document’s rows are usually 0.7 to 1.3");
        assertThat(FindingText.check(QaCheck.NUMBERS)).isEqualTo("numbers");
    }

    @Test
    void findingsReadInVietnameseWithDecimalCommas() {
        Locale.setDefault(Locale.forLanguageTag("vi"));

        assertThat(FindingText.detail(new QaFinding.MissingTerm(2, "procedure", List.of("thủ thuật", "quy trình"))))
                .isEqualTo("có “procedure” nhưng không có cách dịch đã duyệt nào: “thủ thuật” hoặc “quy trình”");
        assertThat(FindingText.detail(new QaFinding.MissingTerm(13, "donor", List.of("người hiến"))))
                .isEqualTo("có “donor” nhưng thiếu cách dịch đã duyệt “người hiến”");
        assertThat(FindingText.detail(new QaFinding.ForbiddenTerm(27, "retransfusion", "tái truyền máu",
                List.of("truyền máu ngược")))).isEqualTo("không được dịch “retransfusion” là “tái truyền máu”; hãy dùng “truyền máu ngược”");
        assertThat(FindingText.detail(new QaFinding.ForbiddenTerm(27, "retransfusion", "tái truyền máu", List.of())))
                .isEqualTo("không được dịch “retransfusion” là “tái truyền máu”");
        assertThat(FindingText.detail(new QaFinding.NumbersDiffer(3, List.of("3"), List.of("4"))))
                .isEqualTo("chỉ có ở bản tiếng Anh: 3; chỉ có ở bản tiếng Việt: 4");
        assertThat(FindingText.detail(new QaFinding.NumbersDiffer(3, List.of(), List.of("2.500"))))
                .isEqualTo("chỉ có ở bản tiếng Việt: 2.500");
        assertThat(FindingText.detail(new QaFinding.LengthRatio(10, 7.3636, 0.71, 1.26)))
                .isEqualTo("độ dài bản tiếng Việt bằng 7,4 lần bản tiếng Anh; ở tài liệu này tỉ lệ thường chỉ từ 0,7 đến 1,3");
        assertThat(List.of(QaCheck.values()).stream().map(FindingText::check)).containsExactly(
                "thiếu thuật ngữ", "thuật ngữ bị cấm", "số khác nhau", "tỉ lệ độ dài");
    }
}
