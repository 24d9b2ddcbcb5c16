/** The few pdfmake source modules pdf-engine.ts uses; pdfmake ships types for its prebuilt bundle only. */
declare module 'pdfmake/src/virtual-fs' {
  const virtualFileSystem: object;
  export default virtualFileSystem;
}

declare module 'pdfmake/src/URLResolver' {
  export default class URLResolver {
    constructor(fileSystem: object);
    setUrlAccessPolicy(isAllowed: (url: string) => boolean): void;
  }
}

declare module 'pdfmake/src/Printer' {
  import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
  import type URLResolver from 'pdfmake/src/URLResolver';

  interface PdfKitDocument {
    on(event: 'data', listener: (chunk: Uint8Array) => void): void;
    on(event: 'end', listener: () => void): void;
    on(event: 'error', listener: (error: unknown) => void): void;
    end(): void;
  }

  export default class Printer {
    constructor(fonts: TFontDictionary, fileSystem: object, urlResolver: URLResolver);
    createPdfKitDocument(definition: TDocumentDefinitions, options: object): Promise<PdfKitDocument>;
  }
}

declare module 'pdfmake/src/Renderer' {
  interface Line {
    inlines: Array<{ text: string; x: number; width: number; [property: string]: unknown }>;
    _pageNodeRef?: unknown;
  }

  export default class Renderer {
    renderLine(line: Line, x: number, y: number): void;
  }
}
