package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.EditName;
import org.songngu.core.edit.MoveSentence.Direction;
import org.songngu.core.edit.Side;

@ExtendWith(KeepsDefaultLocale.class)
class EditTextTest {

    /** One name of every kind, in the order of {@link #ENGLISH} and {@link #VIETNAMESE}. */
    private static final List<EditName> NAMES = List.of(
            new EditName.MergeRows(4),
            new EditName.SplitRow(7),
            new EditName.SplitSentence(3, Side.ENGLISH, 2),
            new EditName.MoveSentence(5, Side.VIETNAMESE, Direction.UP),
            new EditName.MoveSentence(5, Side.ENGLISH, Direction.DOWN),
            new EditName.InsertEmptyRow(9),
            new EditName.InsertEmptyRow(0),
            new EditName.DeleteEmptyRow(10),
            new EditName.EditSentence(3, Side.VIETNAMESE, 1),
            new EditName.EditSentences(2),
            new EditName.SetRowStatus(8, RowStatus.CONFIRMED),
            new EditName.SetRowStatus(8, RowStatus.UNCONFIRMED),
            new EditName.SetRowsStatus(3, RowStatus.CONFIRMED),
            new EditName.SetRowsStatus(3, RowStatus.UNCONFIRMED),
            new EditName.ReplaceRows(1, 54),
            new EditName.ReplaceRows(6, 6),
            new EditName.Realignment(),
            new EditName.InsertRows(12),
            new EditName.InsertRows(0),
            new EditName.ReplaceTextInRow("truyen mau", "truyền máu", 6),
            new EditName.ReplaceTextInRows("blood", "plasma", 1),
            new EditName.ReplaceTextInRows("blood", "plasma", 12),
            new EditName.UseRendering("truyền máu ngược", "retransfusion"),
            new EditName.Undo(new EditName.MergeRows(4)),
            new EditName.Text("Regroup rows 1 and 2"));

    private static final List<String> ENGLISH = List.of(
            "Merge rows 4 and 5",
            "Split row 7",
            "Split English sentence 2 of row 3",
            "Move Vietnamese sentence up from row 5",
            "Move English sentence down from row 5",
            "Insert empty row after row 9",
            "Insert empty row at the top",
            "Delete empty row 10",
            "Edit Vietnamese sentence 1 of row 3",
            "Edit the sentences of row 2",
            "Confirm row 8",
            "Unconfirm row 8",
            "Confirm 3 rows",
            "Unconfirm 3 rows",
            "Replace rows 1–54",
            "Replace row 6",
            "Realign the unconfirmed rows",
            "Insert rows after row 12",
            "Insert rows at the top",
            "Replace “truyen mau” with “truyền máu” in row 6",
            "Replace “blood” with “plasma” in 1 row",
            "Replace “blood” with “plasma” in 12 rows",
            "Use “truyền máu ngược” for “retransfusion”",
            "Undo Merge rows 4 and 5",
            "Regroup rows 1 and 2");

    private static final List<String> VIETNAMESE = List.of(
            "Gộp hàng 4 và 5",
            "Tách hàng 7",
            "Tách câu tiếng Anh thứ 2 của hàng 3",
            "Chuyển câu tiếng Việt của hàng 5 lên hàng trên",
            "Chuyển câu tiếng Anh của hàng 5 xuống hàng dưới",
            "Chèn hàng trống sau hàng 9",
            "Chèn hàng trống lên đầu",
            "Xóa hàng trống 10",
            "Sửa câu tiếng Việt thứ 1 của hàng 3",
            "Sửa các câu của hàng 2",
            "Xác nhận hàng 8",
            "Bỏ xác nhận hàng 8",
            "Xác nhận 3 hàng",
            "Bỏ xác nhận 3 hàng",
            "Thay các hàng 1–54",
            "Thay hàng 6",
            "Gióng lại các hàng chưa xác nhận",
            "Chèn các hàng sau hàng 12",
            "Chèn các hàng lên đầu",
            "Thay “truyen mau” bằng “truyền máu” trong hàng 6",
            "Thay “blood” bằng “plasma” trong 1 hàng",
            "Thay “blood” bằng “plasma” trong 12 hàng",
            "Dùng “truyền máu ngược” cho “retransfusion”",
            "Hoàn tác Gộp hàng 4 và 5",
            "Regroup rows 1 and 2");

    @Test
    void everyKindReadsInEnglish() {
        Messages.use("en");

        assertThat(NAMES.stream().map(EditText::name).toList()).isEqualTo(ENGLISH);
    }

    @Test
    void everyKindReadsInVietnamese() {
        Messages.use("vi");

        assertThat(NAMES.stream().map(EditText::name).toList()).isEqualTo(VIETNAMESE);
    }

    @Test
    void theUserInterfaceWordsEveryKindTheCoreKnows() {
        assertThat(NAMES.stream().map(Object::getClass).distinct().map(Class::getSimpleName).sorted().toList())
                .isEqualTo(java.util.Arrays.stream(EditName.class.getPermittedSubclasses()).map(Class::getSimpleName)
                        .sorted().toList());
    }
}
