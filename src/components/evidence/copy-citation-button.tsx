import { CopyButton } from '@/components/ui/copy-button';

export type CopyCitationButtonProps = {
  citation: string;
};

/** Copies a ready-made citation to the clipboard and says whether it worked. */
export function CopyCitationButton({ citation }: CopyCitationButtonProps) {
  return <CopyButton text={citation} label="Copy citation" copiedMessage="Citation copied" />;
}
