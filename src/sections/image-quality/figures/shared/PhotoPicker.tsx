/** A select of the built-in photos. */
import { PHOTOS } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { Select } from '../../../../widgets/Select';

const PHOTO_IDS = PHOTOS.map((p) => p.id);

/** Props of PhotoPicker. */
export interface PhotoPickerProps {
  value: string;
  onChange: (id: string) => void;
}

/** Chooses which built-in photo a figure degrades. */
export function PhotoPicker({ value, onChange }: PhotoPickerProps) {
  return (
    <Select
      label={iqText.photos.label}
      value={value}
      values={PHOTO_IDS}
      labelOf={(id) => iqText.photos.names[id] ?? id}
      onChange={onChange}
    />
  );
}
