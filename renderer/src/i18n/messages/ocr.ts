// Words for card recognition (capture.recognize) errors, in both languages.
export const ocrEn = {
  'err.unreadable-image': 'That file could not be read as a picture. Try a JPEG or PNG photo of the card.',
  'err.ocr-unavailable': 'Card recognition could not start. Restart Inyeon and try again.',
  'err.ocr-timeout': 'Reading the card took too long and was stopped. Try a sharper or smaller photo.',
};

export const ocrKo: Record<keyof typeof ocrEn, string> = {
  'err.unreadable-image': '이 파일은 이미지로 읽을 수 없습니다. 명함을 찍은 JPEG 또는 PNG 사진을 사용해 주세요.',
  'err.ocr-unavailable': '명함 인식을 시작할 수 없습니다. 인연을 다시 시작한 뒤 시도해 주세요.',
  'err.ocr-timeout': '명함을 읽는 데 시간이 너무 오래 걸려 중단했습니다. 더 선명하거나 작은 사진으로 시도해 주세요.',
};
